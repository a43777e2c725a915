package org.sdghub.gateway.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.sdghub.gateway.config.GatewayConfig;
import org.sdghub.platform.DaemonThreads;
import org.sdghub.platform.InternalToken;

/**
 * The keys of the internal tokens: the one that signs them now, and the public keys the services
 * may verify them with (the JWKS: the signing key's public half and any other configured key). The
 * files are read again every {@code sdghub.gateway.token.reload-every}, so that a key is introduced
 * and retired with no restart:
 *
 * <ol>
 *   <li>publish the next key ({@code published-key-locations}) and wait for the services to see it
 *       (the JWKS's {@code max-age});
 *   <li>sign with it ({@code signing-key-location}), keeping the previous key published until the
 *       tokens it signed have expired (their lifetime);
 *   <li>stop publishing the previous key.
 * </ol>
 *
 * <p>A published key file that does not exist publishes nothing (a Kubernetes Secret's optional
 * key, present only while a key rotates). A key that cannot be read at start stops the gateway; one
 * that cannot be read later leaves the keys as they were, and says so in the log.
 */
// Created at start, so that a key that cannot be read stops the gateway at once.
@Startup
@ApplicationScoped
public class TokenKeys {

  private static final Logger LOG = Logger.getLogger(TokenKeys.class);
  private static final String CLASSPATH = "classpath:";
  private static final String FILE = "file:";

  /** The key that signs, with its {@code kid}. */
  public record SigningKey(PrivateKey key, String keyId) {}

  /** What is in force: the signing key, and the JWKS that includes it. */
  private record Keys(SigningKey signing, List<String> publishedIds, String jwks) {}

  private final String signingLocation;
  private final List<String> publishedLocations;
  private final ScheduledExecutorService reloads;
  private volatile Keys keys;
  // Said once, not at every reading, until the files can be read again.
  private String lastFailure;

  TokenKeys(GatewayConfig config) {
    this.signingLocation = config.token().signingKeyLocation();
    this.publishedLocations = config.token().publishedKeyLocations().orElse(List.of());
    this.keys = read();
    LOG.infof(
        "Signing internal tokens with key %s; the JWKS publishes %s",
        keys.signing().keyId(), keys.publishedIds());
    this.reloads =
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("sdghub-token-keys"));
    long every = Math.max(1, config.token().reloadEvery().toMillis());
    reloads.scheduleWithFixedDelay(this::reload, every, every, TimeUnit.MILLISECONDS);
  }

  /** The key tokens are signed with now. */
  public SigningKey signing() {
    return keys.signing();
  }

  /** The public keys the services verify with, as a JWK Set (RFC 7517) document. */
  public String jwks() {
    return keys.jwks();
  }

  /** Reads the key files again, keeping the keys in force if any of them cannot be read. */
  void reload() {
    Keys now;
    try {
      now = read();
    } catch (RuntimeException e) {
      String failure = e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause());
      if (!failure.equals(lastFailure)) {
        LOG.errorf("The token keys could not be read again; the previous ones stay: %s", failure);
        lastFailure = failure;
      }
      return;
    }
    lastFailure = null;
    Keys before = keys;
    if (now.jwks().equals(before.jwks())
        && now.signing().keyId().equals(before.signing().keyId())) {
      return;
    }
    keys = now;
    LOG.infof(
        "Token keys changed: signing with %s (was %s); the JWKS publishes %s (was %s)",
        now.signing().keyId(), before.signing().keyId(), now.publishedIds(), before.publishedIds());
  }

  private Keys read() {
    PrivateKey signingKey = readPrivateKey(signingLocation);
    RSAPublicKey signingPublic = InternalToken.publicHalfOf(signingKey);
    SigningKey signing = new SigningKey(signingKey, InternalToken.keyIdOf(signingPublic));
    Map<String, RSAPublicKey> published = new LinkedHashMap<>();
    published.put(signing.keyId(), signingPublic);
    for (String location : publishedLocations) {
      if (isAbsentFile(location)) {
        // An optional Secret's key that is not there: nothing more to publish.
        continue;
      }
      RSAPublicKey key = readPublicKey(location);
      published.putIfAbsent(InternalToken.keyIdOf(key), key);
    }
    List<JsonWebKey> jwks = new ArrayList<>();
    published.forEach(
        (keyId, key) -> {
          RsaJsonWebKey jwk = new RsaJsonWebKey(key);
          jwk.setKeyId(keyId);
          jwk.setUse("sig");
          jwk.setAlgorithm(SignatureAlgorithm.RS256.getAlgorithm());
          jwks.add(jwk);
        });
    String document = new JsonWebKeySet(jwks).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    return new Keys(signing, List.copyOf(published.keySet()), document);
  }

  private static PrivateKey readPrivateKey(String location) {
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

  /** A public key, or the public half of a private one. */
  private static RSAPublicKey readPublicKey(String location) {
    try {
      String pem = readPem(location);
      if (pem.contains("PRIVATE KEY")) {
        return InternalToken.publicHalfOf(KeyUtils.decodePrivateKey(pem, SignatureAlgorithm.RS256));
      }
      return (RSAPublicKey) KeyUtils.decodePublicKey(pem, SignatureAlgorithm.RS256);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new IllegalStateException(
          "Cannot read the published token key at "
              + location
              + " (sdghub.gateway.token.published-key-locations)",
          e);
    }
  }

  private static boolean isAbsentFile(String location) {
    if (location.startsWith(CLASSPATH)) {
      return false;
    }
    String path = location.startsWith(FILE) ? location.substring(FILE.length()) : location;
    return !Files.exists(Path.of(path));
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

  void onShutdown(@Observes ShutdownEvent event) {
    reloads.shutdownNow();
  }
}
