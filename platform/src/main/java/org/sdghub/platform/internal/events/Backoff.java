package org.sdghub.platform.internal.events;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with a cap and some jitter, so that instances failing together do not retry
 * in lockstep. Not thread-safe: one per worker thread.
 */
public final class Backoff {

  private final long initialMillis;
  private final long maxMillis;
  private long nextMillis;

  public Backoff(Duration initial, Duration max) {
    this.initialMillis = Math.max(1, initial.toMillis());
    this.maxMillis = Math.max(initialMillis, max.toMillis());
    this.nextMillis = initialMillis;
  }

  /** The pause to take now; the following one will be twice as long, up to the cap. */
  public Duration next() {
    long base = nextMillis;
    nextMillis = Math.min(maxMillis, nextMillis * 2);
    long jitter = ThreadLocalRandom.current().nextLong(base / 5 + 1);
    return Duration.ofMillis(Math.min(maxMillis, base - base / 10 + jitter));
  }

  /** Starts again from the initial pause, after a success. */
  public void reset() {
    nextMillis = initialMillis;
  }
}
