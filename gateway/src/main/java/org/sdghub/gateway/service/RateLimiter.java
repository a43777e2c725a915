package org.sdghub.gateway.service;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.sdghub.gateway.config.GatewayConfig;
import org.sdghub.gateway.domain.KeyIdentity;
import org.sdghub.gateway.domain.RateLimitState;
import org.sdghub.gateway.domain.RateLimited;

/**
 * Counts each key's requests in a token bucket kept in PostgreSQL (Bucket4j, one row per key locked
 * with {@code SELECT … FOR UPDATE}), so that every gateway instance enforces the same quota.
 * Blocking, and must not run inside a JTA transaction: it commits its own.
 */
@ApplicationScoped
public class RateLimiter {

  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final int PURGE_BATCH = 1000;
  private static final Logger LOG = Logger.getLogger(RateLimiter.class);

  private final boolean enabled;
  private final int defaultPerMinute;
  private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
  private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WINDOW.toNanos() - 1);

  RateLimiter(AgroalDataSource dataSource, GatewayConfig config) {
    this.enabled = config.rateLimit().enabled();
    this.defaultPerMinute = config.rateLimit().requestsPerMinute();
    this.buckets =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("rate_limit_bucket")
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(WINDOW))
            .build();
  }

  /**
   * Takes one request from the key's quota and says what is left; empty when limits are off.
   *
   * @throws RateLimited when the quota is used up
   */
  public Optional<RateLimitState> consume(KeyIdentity key) {
    if (!enabled) {
      return Optional.empty();
    }
    int quota = key.requestsPerMinute() == null ? defaultPerMinute : key.requestsPerMinute();
    ConsumptionProbe probe;
    try {
      probe =
          buckets
              .builder()
              // A bucket is keyed by its quota too, so that it never outlives a change of quota.
              .build(key.keyId() + ":" + quota, () -> perMinute(quota))
              .tryConsumeAndReturnRemaining(1);
    } catch (RuntimeException e) {
      // Fail open: a key already authenticated keeps working while the count cannot be kept.
      warnAtMostEveryMinute(e);
      return Optional.empty();
    }
    RateLimitState state =
        new RateLimitState(
            quota,
            WINDOW.toSeconds(),
            probe.getRemainingTokens(),
            seconds(probe.getNanosToWaitForReset()),
            Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    if (!probe.isConsumed()) {
      throw new RateLimited(state);
    }
    return Optional.of(state);
  }

  @Scheduled(
      every = "10m",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purgeIdleBuckets() {
    if (enabled) {
      while (buckets.removeExpired(PURGE_BATCH) == PURGE_BATCH) {
        // Keep going: more buckets expired than one batch holds.
      }
    }
  }

  private void warnAtMostEveryMinute(RuntimeException e) {
    long now = System.nanoTime();
    long last = lastWarning.get();
    if (now - last > WINDOW.toNanos() && lastWarning.compareAndSet(last, now)) {
      LOG.warnf(e, "Rate limits not enforced: their buckets cannot be read or written");
    }
  }

  private static BucketConfiguration perMinute(int quota) {
    return BucketConfiguration.builder()
        .addLimit(limit -> limit.capacity(quota).refillGreedy(quota, WINDOW))
        .build();
  }

  private static long seconds(long nanos) {
    long second = TimeUnit.SECONDS.toNanos(1);
    return (nanos + second - 1) / second;
  }
}
