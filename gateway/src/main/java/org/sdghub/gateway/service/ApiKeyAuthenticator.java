package org.sdghub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import org.sdghub.gateway.domain.ApiKeySecret;
import org.sdghub.gateway.domain.InvalidApiKey;
import org.sdghub.gateway.domain.KeyIdentity;

/**
 * Turns an {@code Authorization} header into the identity of an active API key, or refuses it
 * (401). Blocking on a cache miss: call it from a worker thread.
 */
@ApplicationScoped
public class ApiKeyAuthenticator {

  private static final String BEARER = "bearer ";

  private final ApiKeyService keys;
  private final KeyCache cache;

  ApiKeyAuthenticator(ApiKeyService keys, KeyCache cache) {
    this.keys = keys;
    this.cache = cache;
  }

  /** The key's identity; {@link InvalidApiKey} when missing, malformed, unknown or revoked. */
  public KeyIdentity authenticate(String authorizationHeader) {
    return identify(authorizationHeader).orElseThrow(InvalidApiKey::new);
  }

  /** The key's identity, if the header carries an active key. */
  public Optional<KeyIdentity> identify(String authorizationHeader) {
    return bearerValue(authorizationHeader)
        .flatMap(ApiKeySecret::parse)
        .flatMap(secret -> cache.get(secret.hashHex(), hash -> keys.identify(secret)));
  }

  private static Optional<String> bearerValue(String header) {
    if (header == null || header.length() <= BEARER.length()) {
      return Optional.empty();
    }
    String scheme = header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT);
    return scheme.equals(BEARER)
        ? Optional.of(header.substring(BEARER.length()).strip())
        : Optional.empty();
  }
}
