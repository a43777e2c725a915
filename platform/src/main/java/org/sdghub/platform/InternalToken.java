package org.sdghub.platform;

/**
 * What the gateway's internal JWT (RS256) carries and how services recognise it: the gateway mints
 * tokens with these values and every service verifies them ({@code mp.jwt.verify.*}).
 */
public final class InternalToken {

  /** The {@code iss} of every internal token. */
  public static final String ISSUER = "sdghub-gateway";

  /**
   * The {@code aud} of the tokens for one service, by its name behind the gateway ({@code
   * partners}, {@code projects}, {@code funding}): each service accepts its own only, so a token
   * captured at one is refused by the others.
   */
  public static String audienceOf(String service) {
    return "sdghub-" + service;
  }

  /** The claim holding the caller's organisation id, a UUID string. */
  public static final String ORGANISATION_CLAIM = "org";

  /** The claim holding the caller's roles, the lower-case names of {@link Role}. */
  public static final String ROLES_CLAIM = "groups";

  private InternalToken() {}
}
