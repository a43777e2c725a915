package org.sdghub.partners.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an organisation is current; an archived one stays in the registry, read-only, because
 * projects and funding keep referring to it.
 */
public enum OrganisationStatus {
  ACTIVE,
  ARCHIVED;

  /** The code in the API and in events: {@code active} or {@code archived}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status with this code, if any. */
  public static Optional<OrganisationStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
  }
}
