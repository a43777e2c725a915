package org.sdghub.platform.testing;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.sdghub.platform.InternalToken;
import org.sdghub.platform.Role;

/**
 * Mints the gateway's internal tokens for tests, signed with the test key pair whose public half
 * {@link RealServersResource} configures as the verification key; each method returns the value of
 * an {@code Authorization} header ({@code "Bearer <jwt>"}). The test key is for tests only: no
 * deployed configuration trusts it.
 */
public final class TestTokens {

  /** Classpath location of the test public key, as {@code mp.jwt.verify.publickey.location}. */
  public static final String PUBLIC_KEY_LOCATION =
      "org/sdghub/platform/testing/test-token-public-key.pem";

  /** Classpath location of the test private key (PEM, PKCS#8). */
  public static final String PRIVATE_KEY_LOCATION =
      "org/sdghub/platform/testing/test-token-private-key.pem";

  private static final Duration LIFETIME = Duration.ofMinutes(5);
  private static final PrivateKey TEST_KEY = readPrivateKey();

  private TestTokens() {}

  /** A valid token of a caller of this organisation with these roles. */
  public static String forOrganisation(UUID organisation, Role... roles) {
    return sign(claims(organisation, roles), TEST_KEY);
  }

  /** A token that expired an hour ago, otherwise valid. */
  public static String expired(UUID organisation, Role... roles) {
    Instant issued = Instant.now().minus(Duration.ofHours(2));
    JwtClaimsBuilder claims =
        claims(organisation, roles).issuedAt(issued).expiresAt(issued.plus(Duration.ofHours(1)));
    return sign(claims, TEST_KEY);
  }

  /** A valid token that expires after {@code lifetime}. */
  public static String expiringIn(Duration lifetime, UUID organisation, Role... roles) {
    Instant now = Instant.now();
    return sign(claims(organisation, roles).issuedAt(now).expiresAt(now.plus(lifetime)), TEST_KEY);
  }

  /** A token signed with a key nobody trusts, otherwise valid. */
  public static String signedWithAnotherKey(UUID organisation, Role... roles) {
    return signedWithAnotherKey(ownAudience(), organisation, roles);
  }

  /** A token for this audience signed with a key nobody trusts, otherwise valid. */
  public static String signedWithAnotherKey(String audience, UUID organisation, Role... roles) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return sign(claims(audience, organisation, roles), generator.generateKeyPair().getPrivate());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every JVM can generate RSA keys", e);
    }
  }

  /** A valid token for this audience signed with this key (a key the gateway rotates to, say). */
  public static String signedWith(
      PrivateKey key, String audience, UUID organisation, Role... roles) {
    return sign(claims(audience, organisation, roles), key);
  }

  /** A token meant for another audience, otherwise valid. */
  public static String forAudience(String audience, UUID organisation, Role... roles) {
    return sign(claims(audience, organisation, roles), TEST_KEY);
  }

  /** A token from another issuer, otherwise valid. */
  public static String fromIssuer(String issuer, UUID organisation, Role... roles) {
    return sign(claims(organisation, roles).issuer(issuer), TEST_KEY);
  }

  private static JwtClaimsBuilder claims(UUID organisation, Role... roles) {
    return claims(ownAudience(), organisation, roles);
  }

  private static JwtClaimsBuilder claims(String audience, UUID organisation, Role... roles) {
    Set<String> groups = Arrays.stream(roles).map(Role::claimValue).collect(Collectors.toSet());
    Instant now = Instant.now();
    return Jwt.issuer(InternalToken.ISSUER)
        .audience(audience)
        .subject("test-key-" + organisation)
        .claim(InternalToken.ORGANISATION_CLAIM, organisation.toString())
        .groups(groups)
        .issuedAt(now)
        .expiresAt(now.plus(LIFETIME));
  }

  /**
   * The audience the application under test accepts ({@code mp.jwt.verify.audiences}): each service
   * its own, as the gateway mints them.
   */
  private static String ownAudience() {
    return ConfigProvider.getConfig()
        .getOptionalValue("mp.jwt.verify.audiences", String.class)
        .map(audiences -> audiences.split(",")[0].trim())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "mp.jwt.verify.audiences is not set: a service under test names its own"));
  }

  private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
    return "Bearer "
        + claims
            .jws()
            .keyId(InternalToken.keyIdOf(InternalToken.publicHalfOf(key)))
            .algorithm(SignatureAlgorithm.RS256)
            .sign(key);
  }

  private static PrivateKey readPrivateKey() {
    try (InputStream in =
        TestTokens.class.getClassLoader().getResourceAsStream(PRIVATE_KEY_LOCATION)) {
      if (in == null) {
        throw new IllegalStateException(
            "Test key missing from the classpath: " + PRIVATE_KEY_LOCATION);
      }
      String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      byte[] der = Base64.getDecoder().decode(base64);
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the test key " + PRIVATE_KEY_LOCATION, e);
    }
  }
}
