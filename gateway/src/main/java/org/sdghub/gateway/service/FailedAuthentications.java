package org.sdghub.gateway.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.sdghub.gateway.config.GatewayConfig;

/**
 * Counts failed authentications per client address, in this instance's memory: an address that has
 * used up its failures for the minute is refused before its key is even looked at, so guessing keys
 * is slow and a flood of bad keys costs the database nothing. Addresses are held in a bounded
 * structure, least recent dropped first; a legitimate caller with a valid key is never counted.
 */
@ApplicationScoped
public class FailedAuthentications {

  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final Cache<String, Bucket> addresses;
  private final int perMinute;

  FailedAuthentications(GatewayConfig config) {
    this.perMinute = config.keys().failuresPerMinute();
    this.addresses =
        Caffeine.newBuilder()
            .maximumSize(config.keys().failureAddresses())
            // An address left alone for a window has all its failures back: forget it.
            .expireAfterAccess(WINDOW)
            .build();
  }

  /** How long {@code address} must wait before it may try again, if it has no failures left. */
  public Optional<Duration> refusedFor(String address) {
    Bucket bucket = addresses.getIfPresent(address);
    if (bucket == null) {
      return Optional.empty();
    }
    EstimationProbe probe = bucket.estimateAbilityToConsume(1);
    return probe.canBeConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** Counts one failed authentication of {@code address}. */
  public void failed(String address) {
    addresses.get(address, ignored -> newBucket()).tryConsume(1);
  }

  /** The failures one address may have per minute. */
  public int perMinute() {
    return perMinute;
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW))
        .build();
  }
}
