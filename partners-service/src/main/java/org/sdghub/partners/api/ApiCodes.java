package org.sdghub.partners.api;

/** The codes the API accepts where a constraint annotation needs them as constants. */
final class ApiCodes {

  static final String KIND_PATTERN =
      "un-entity|donor-government|development-bank|national-government|ngo|private-sector"
          + "|academic|foundation";

  static final String KIND_MESSAGE =
      "must be one of un-entity, donor-government, development-bank, national-government, ngo,"
          + " private-sector, academic, foundation";

  private ApiCodes() {}
}
