package org.sdghub.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A role of the caller's API key, carried in the {@code groups} claim of the gateway's token under
 * its lower-case name; {@code @RolesAllowed} uses the same names ({@link #COORDINATOR_NAME}…).
 */
public enum Role {
  /** The centre's staff: may do everything. */
  COORDINATOR,
  /** Writes its own organisation's projects. */
  PARTNER,
  /** Records its own funding and manages its webhooks. */
  DONOR,
  /** Reads. */
  VIEWER;

  /** The claim value of {@link #COORDINATOR}, for annotations. */
  public static final String COORDINATOR_NAME = "coordinator";

  /** The claim value of {@link #PARTNER}, for annotations. */
  public static final String PARTNER_NAME = "partner";

  /** The claim value of {@link #DONOR}, for annotations. */
  public static final String DONOR_NAME = "donor";

  /** The claim value of {@link #VIEWER}, for annotations. */
  public static final String VIEWER_NAME = "viewer";

  /** The name in the token's {@code groups} claim. */
  public String claimValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role a claim value names, if any; unknown names are ignored rather than trusted. */
  public static Optional<Role> fromClaim(String value) {
    return Arrays.stream(values()).filter(r -> r.claimValue().equals(value)).findFirst();
  }
}
