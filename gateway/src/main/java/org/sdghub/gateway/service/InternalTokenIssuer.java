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
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
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
  private final Duration lifetime;
  private final Cache<UUID, String> recent;

  InternalTokenIssuer(GatewayConfig config) {
    this.signingKey = readKey(config.token().signingKeyLocation());
    this.lifetime = config.token().lifetime();
    // A token is reused for half its life: signing costs far more than a lookup, and every token
    // handed out still has at least half its lifetime left.
    this.recent = Caffeine.newBuilder().expireAfterWrite(lifetime.dividedBy(2)).build();
  }

  /** A valid token for this key's requests. */
  public String tokenFor(KeyIdentity identity) {
    return recent.get(identity.keyId(), id -> sign(identity));
  }

  private String sign(KeyIdentity identity) {
    Instant now = Instant.now();
    return Jwt.issuer(InternalToken.ISSUER)
        .audience(InternalToken.AUDIENCE)
        .subject(identity.keyId().toString())
        .claim(InternalToken.ORGANISATION_CLAIM, identity.organisationId().toString())
        .groups(identity.roles().stream().map(Role::claimValue).collect(Collectors.toSet()))
        .issuedAt(now)
        .expiresAt(now.plus(lifetime))
        .jws()
        .algorithm(SignatureAlgorithm.RS256)
        .sign(signingKey);
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
