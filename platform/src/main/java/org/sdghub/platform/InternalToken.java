package org.sdghub.platform;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.HashUtil;

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

  /**
   * The {@code kid} of the tokens signed with a key: the RFC 7638 thumbprint (SHA-256) of its
   * public half, as the gateway's JWKS names it, so that a service picks the key that signed a
   * token.
   */
  public static String keyIdOf(RSAPublicKey key) {
    return new RsaJsonWebKey(key).calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
  }

  /** The public half of an RSA private key (PKCS#8 keys carry it). */
  public static RSAPublicKey publicHalfOf(PrivateKey key) {
    if (!(key instanceof RSAPrivateCrtKey rsa)) {
      throw new IllegalArgumentException("Not an RSA private key with its public exponent");
    }
    try {
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA")
              .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every JVM derives RSA public keys", e);
    }
  }

  private InternalToken() {}
}
