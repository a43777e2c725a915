package org.sdghub.gateway.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.HashUtil;
import org.sdghub.gateway.config.GatewayConfig;
import org.sdghub.gateway.domain.KeyIdentity;
import org.sdghub.platform.InternalToken;
import org.sdghub.platform.Role;

/**
 * Signs the short-lived internal token (RS256) that every forwarded request carries, naming the
 * key, its organisation and roles. Started eagerly, so that a missing key stops the gateway at
 * once.
 */
@ApplicationScoped
@Startup
public class InternalTokenIssuer {

  private static final String CLASSPATH = "classpath:";
  private static final String FILE = "file:";

  private final PrivateKey signingKey;
  private final String keyId;
  private final Duration lifetime;
  private final Cache<Recipient, String> recent;

  /** Whose requests a token is for, and at which service. */
  private record Recipient(UUID keyId, String audience) {}

  InternalTokenIssuer(GatewayConfig config) {
    this.signingKey = readKey(config.token().signingKeyLocation());
    this.keyId = thumbprintOf(signingKey);
    this.lifetime = config.token().lifetime();
    // A token is reused for half its life: signing costs far more than a lookup, and every token
    // handed out still has at least half its lifetime left.
    this.recent = Caffeine.newBuilder().expireAfterWrite(lifetime.dividedBy(2)).build();
  }

  /**
   * A valid token for this key's requests to one service ({@link InternalToken#audienceOf}): each
   * service accepts only its own.
   */
  public String tokenFor(KeyIdentity identity, String service) {
    return recent.get(
        new Recipient(identity.keyId(), InternalToken.audienceOf(service)),
        recipient -> sign(identity, recipient.audience()));
  }

  /** The {@code kid} of the tokens signed now: the RFC 7638 thumbprint of the key's public half. */
  public String keyId() {
    return keyId;
  }

  private String sign(KeyIdentity identity, String audience) {
    Instant now = Instant.now();
    return Jwt.issuer(InternalToken.ISSUER)
        .audience(audience)
        .claim(Claims.jti.name(), UUID.randomUUID().toString())
        .subject(identity.keyId().toString())
        .claim(InternalToken.ORGANISATION_CLAIM, identity.organisationId().toString())
        .groups(identity.roles().stream().map(Role::claimValue).collect(Collectors.toSet()))
        .issuedAt(now)
        .expiresAt(now.plus(lifetime))
        .jws()
        .keyId(keyId)
        .algorithm(SignatureAlgorithm.RS256)
        .sign(signingKey);
  }

  private static String thumbprintOf(PrivateKey key) {
    if (!(key instanceof RSAPrivateCrtKey rsa)) {
      throw new IllegalStateException("The token signing key is not an RSA private key");
    }
    try {
      PublicKey publicHalf =
          KeyFactory.getInstance("RSA")
              .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
      return new RsaJsonWebKey((RSAPublicKey) publicHalf)
          .calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot derive the public half of the signing key", e);
    }
  }

  private static PrivateKey readKey(String location) {
    try {
      return KeyUtils.decodePrivateKey(readPem(location), SignatureAlgorithm.RS256);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new IllegalStateException(
          "Cannot read the token signing key at "
              + location
              + " (sdghub.gateway.token.signing-key-location, env SDGHUB_JWT_PRIVATE_KEY_LOCATION)",
          e);
    }
  }

  /** Reads {@code classpath:<resource>}, {@code file:<path>} or a plain path. */
  private static String readPem(String location) throws IOException {
    if (location.startsWith(CLASSPATH)) {
      String resource = location.substring(CLASSPATH.length());
      try (InputStream in =
          Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IOException("no such resource");
        }
        return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      }
    }
    String path = location.startsWith(FILE) ? location.substring(FILE.length()) : location;
    return Files.readString(Path.of(path), StandardCharsets.US_ASCII);
  }
}
