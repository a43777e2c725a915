package org.sdghub.partners.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A coarse grouping of organisations for filtering, beside the finer IATI organisation type: the
 * groups coordinators ask for ("all UN entities", "all donor governments").
 */
public enum OrganisationKind {
  UN_ENTITY,
  DONOR_GOVERNMENT,
  /** Multilateral or development bank. */
  DEVELOPMENT_BANK,
  /** A body of a national government of the region (ministry, agency, committee). */
  NATIONAL_GOVERNMENT,
  NGO,
  PRIVATE_SECTOR,
  ACADEMIC,
  FOUNDATION;

  /** Every code, as the API writes them. */
  public static final List<String> CODES =
      Arrays.stream(values()).map(OrganisationKind::code).toList();

  /** The code in the API and in events: {@code un-entity}, {@code donor-government}… */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind with this code, if any. */
  public static Optional<OrganisationKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
  }
}
