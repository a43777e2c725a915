package org.sdghub.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.HashUtil;
import org.jose4j.lang.JoseException;

/**
 * Mints the short-lived coordinator token with which the demo loaders call partners-service and
 * projects-service directly, signed with the run's private key exactly as the gateway signs the
 * tokens it forwards. The claim values are those of the platform's {@code InternalToken}, which
 * this launcher cannot import without pulling Quarkus onto its classpath.
 */
final class DemoToken {

  static final String ISSUER = "sdghub-gateway";

  /** The loader calls all three services directly: its tokens name each one's audience. */
  static final List<String> AUDIENCES =
      List.of("sdghub-partners", "sdghub-projects", "sdghub-funding");

  static final String SUBJECT = "local-stack-demo-loader";
  static final String ORGANISATION_CLAIM = "org";
  static final String ROLES_CLAIM = "groups";
  static final String COORDINATOR = "coordinator";

  /**
   * The organisation the loader acts for: the UN Regional Centre for the SDGs for Central Asia and
   * Afghanistan. A fixed id, because the centre has no confirmed IATI identifier under which it
   * could itself be registered as a demo organisation.
   */
  static final UUID REGIONAL_CENTRE = UUID.fromString("5d6c1a4e-0b7f-4c2a-9e3d-8f1b2a6c7d40");

  static final Duration LIFETIME = Duration.ofMinutes(5);

  private DemoToken() {}

  /** A coordinator's compact RS256 JWT valid from {@code now} for {@link #LIFETIME}. */
  static String mint(Path privateKeyPem, Instant now) throws IOException {
    return mint(privateKeyPem, now, REGIONAL_CENTRE, COORDINATOR);
  }

  /**
   * A token of {@code organisation} with one {@code role} (a donor recording its own funding, say),
   * valid from {@code now} for {@link #LIFETIME}.
   */
  static String mint(Path privateKeyPem, Instant now, UUID organisation, String role)
      throws IOException {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setAudience(AUDIENCES);
    claims.setSubject(SUBJECT);
    claims.setClaim(ORGANISATION_CLAIM, organisation.toString());
    claims.setStringListClaim(ROLES_CLAIM, List.of(role));
    claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
    claims.setExpirationTime(NumericDate.fromSeconds(now.plus(LIFETIME).getEpochSecond()));
    claims.setJwtId(UUID.randomUUID().toString());
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(privateKey(privateKeyPem));
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setHeader("typ", "JWT");
    jws.setKeyIdHeaderValue(keyIdOf(jws.getKey()));
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IOException("Could not sign the demo loader's token", e);
    }
  }

  /**
   * The gateway's kid of a key: the RFC 7638 thumbprint of its public half, as its JWKS names it.
   */
  private static String keyIdOf(Key key) throws IOException {
    RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) key;
    try {
      RSAPublicKey publicHalf =
          (RSAPublicKey)
              KeyFactory.getInstance("RSA")
                  .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
      return new RsaJsonWebKey(publicHalf).calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
    } catch (GeneralSecurityException e) {
      throw new IOException("Cannot derive the public half of the demo loader's key", e);
    }
  }

  private static PrivateKey privateKey(Path pem) throws IOException {
    String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IOException(pem + " is not a PKCS#8 RSA private key in PEM", e);
    }
  }
}
