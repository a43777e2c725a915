package org.sdghub.funding.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Webhooks to donor systems: how they are delivered, retried, signed and kept safe. */
@ConfigMapping(prefix = "sdghub.webhooks")
public interface WebhooksConfig {

  /**
   * Allows plain http and loopback addresses as webhook targets: for tests and the local stack only
   * (the service warns at start when on). Private, link-local and metadata addresses stay refused.
   */
  @WithDefault("false")
  boolean allowInsecureLoopback();

  /**
   * The AES key (base64 of 16, 24 or 32 bytes) that seals the signing secrets at rest; without one
   * they are stored as they are, and the service warns at start.
   */
  Optional<String> secretKey();

  /** The pause before each attempt of a message: the first, then each retry after a failure. */
  @WithDefault("0s,5s,5m,30m,2h,5h,10h,10h")
  List<Duration> retrySchedule();

  /** How much each pause varies at random, as a fraction of it (0.2: ±20 %). */
  @WithDefault("0.2")
  double jitter();

  /** The longest pause a receiver's Retry-After may ask for. */
  @WithDefault("12h")
  Duration retryAfterMax();

  /** A subscription failing without a success for this long is disabled. */
  @WithDefault("5d")
  Duration disableAfter();

  /** How long one delivery attempt may take, connection included. */
  @WithDefault("15s")
  Duration timeout();

  /** How long the old secret still signs after a rotation. */
  @WithDefault("24h")
  Duration rotationOverlap();

  /** The most bytes of a receiver's answer kept in the delivery log. */
  @WithDefault("1024")
  int responseExcerptSize();

  /** Delivered and given-up messages, and their attempts, are deleted after this. */
  @WithDefault("30d")
  Duration retention();

  /** The dispatcher of deliveries. */
  Dispatcher dispatcher();

  /** The dispatcher of deliveries: one per instance, claiming messages from the shared tables. */
  interface Dispatcher {

    /** Whether this instance delivers (the API and the queueing work either way). */
    @WithDefault("true")
    boolean enabled();

    /** How many deliveries one instance makes at the same time. */
    @WithDefault("16")
    int concurrency();

    /** How often the queue is looked at when nothing woke the dispatcher. */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How long a claimed message is reserved for the instance that claimed it; if that instance
     * dies, another takes the message over after this. Longer than {@link
     * WebhooksConfig#timeout()}.
     */
    @WithDefault("60s")
    Duration lease();
  }
}
