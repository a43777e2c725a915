package org.sdghub.projects.api;

/** The codes and limits the API accepts, where a constraint annotation needs them as constants. */
final class ApiCodes {

  static final String STATUS_PATTERN =
      "pipeline|implementation|finalisation|closed|cancelled|suspended";

  static final String STATUS_MESSAGE =
      "must be one of pipeline, implementation, finalisation, closed, cancelled, suspended";

  /** An IATI activity identifier: no white space, none of the characters IATI forbids. */
  static final String ACTIVITY_ID_PATTERN = "[^\\s/&|?]+";

  static final String ACTIVITY_ID_MESSAGE =
      "must not contain spaces or any of / & | ? (IATI forbids them in identifiers)";

  static final String ROLE_PATTERN = "funding|accountable|extending|implementing";

  static final String ROLE_MESSAGE = "must be one of funding, accountable, extending, implementing";

  static final String COUNTRY_PATTERN = "[A-Z]{2}";

  static final String COUNTRY_MESSAGE = "must be an ISO 3166-1 alpha-2 code such as KZ";

  static final String AREA_PATTERN = "[A-Z]{2}-[A-Z0-9]{1,3}";

  static final String AREA_MESSAGE = "must be an ISO 3166-2 code such as KZ-43";

  static final String TARGET_PATTERN = "[0-9]{1,2}\\.([0-9]{1,2}|[a-z])";

  static final String TARGET_MESSAGE = "must be an SDG target code such as 6.4 or 6.a";

  static final String INDICATOR_PATTERN = "[0-9]{1,2}\\.([0-9]{1,2}|[a-z])\\.[0-9]{1,2}";

  static final String INDICATOR_MESSAGE = "must be an SDG indicator code such as 6.4.2";

  static final String SECTOR_PATTERN = "[0-9]{5}";

  static final String SECTOR_MESSAGE = "must be a 5-digit OECD DAC purpose code such as 14010";

  static final String CURRENCY_PATTERN = "[A-Z]{3}";

  static final String CURRENCY_MESSAGE = "must be an ISO 4217 code such as USD";

  static final int TITLE_MAX = 500;

  static final int DESCRIPTION_MAX = 5000;

  private ApiCodes() {}
}
