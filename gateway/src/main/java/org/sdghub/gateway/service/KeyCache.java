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
 * Remembers recent key lookups, found or not, by the hash of the presented secret, for a few
 * seconds: every request needs one, and a revocation elsewhere must still take effect quickly.
 */
@ApplicationScoped
public class KeyCache {

  private final Cache<String, Optional<KeyIdentity>> lookups;

  KeyCache(GatewayConfig config) {
    this.lookups =
        Caffeine.newBuilder()
            .expireAfterWrite(config.keys().cacheTtl())
            .maximumSize(config.keys().cacheSize())
            .build();
  }

  /** The remembered lookup for this hash, or the loader's answer, remembered. */
  Optional<KeyIdentity> get(String hashHex, Function<String, Optional<KeyIdentity>> loader) {
    return lookups.get(hashHex, loader);
  }

  /** Forgets the lookup of the key stored with this hash. */
  void forget(byte[] secretHash) {
    lookups.invalidate(HexFormat.of().formatHex(secretHash));
  }
}
