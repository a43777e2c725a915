package org.sdghub.gateway.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import org.sdghub.gateway.config.GatewayConfig;
import org.sdghub.gateway.domain.KeyIdentity;

/**
 * Remembers recent key lookups by the hash of the presented secret, for a few seconds: every
 * request needs one, and a revocation elsewhere must still take effect quickly. Secrets that
 * matched no key are remembered apart, in a smaller and shorter-lived structure, so that a flood of
 * random keys can never push a real key out.
 */
@ApplicationScoped
public class KeyCache {

  private final Cache<String, KeyIdentity> found;
  private final Cache<String, Boolean> unknown;

  KeyCache(GatewayConfig config) {
    this.found =
        Caffeine.newBuilder()
            .expireAfterWrite(config.keys().cacheTtl())
            .maximumSize(config.keys().cacheSize())
            .build();
    this.unknown =
        Caffeine.newBuilder()
            .expireAfterWrite(config.keys().unknownCacheTtl())
            .maximumSize(config.keys().unknownCacheSize())
            .build();
  }

  /** The remembered lookup for this hash, or the loader's answer, remembered. */
  Optional<KeyIdentity> get(String hashHex, Function<String, Optional<KeyIdentity>> loader) {
    KeyIdentity known = found.getIfPresent(hashHex);
    if (known != null) {
      return Optional.of(known);
    }
    if (unknown.getIfPresent(hashHex) != null) {
      return Optional.empty();
    }
    Optional<KeyIdentity> looked = loader.apply(hashHex);
    if (looked.isPresent()) {
      found.put(hashHex, looked.get());
    } else {
      // No active key (none at all, or a revoked one): a 401 either way.
      unknown.put(hashHex, Boolean.TRUE);
    }
    return looked;
  }

  /** Forgets the lookup of the key stored with this hash. */
  void forget(byte[] secretHash) {
    String hash = HexFormat.of().formatHex(secretHash);
    found.invalidate(hash);
    unknown.invalidate(hash);
  }
}
