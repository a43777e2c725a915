package org.sdghub.platform.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits, with a bound, for something that happens asynchronously (an event on a topic, a row
 * written by a background worker), so that tests never sleep for a guessed time: it polls often at
 * first, then less, and fails with the caller's message when the time is up.
 */
public final class Eventually {

  private static final long FIRST_PAUSE_MILLIS = 10;
  private static final long LONGEST_PAUSE_MILLIS = 250;

  private Eventually() {}

  /**
   * Returns once {@code condition} holds; fails with {@code failure} if it does not within time.
   */
  public static void await(Duration within, String failure, BooleanSupplier condition) {
    awaitValue(
        within, failure, () -> condition.getAsBoolean() ? Optional.of(true) : Optional.empty());
  }

  /** Returns the value once {@code probe} finds one; fails with {@code failure} if it does not. */
  public static <T> T awaitValue(Duration within, String failure, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + within.toNanos();
    long pause = FIRST_PAUSE_MILLIS;
    while (true) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(failure + " (waited " + within + ")");
      }
      pause(pause);
      pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
    }
  }

  /**
   * Returns once {@code assertions} pass; if they still fail when the time is up, rethrows their
   * last failure, which says what was expected and what was found.
   */
  public static void awaitAsserted(Duration within, Runnable assertions) {
    long deadline = System.nanoTime() + within.toNanos();
    long pause = FIRST_PAUSE_MILLIS;
    while (true) {
      try {
        assertions.run();
        return;
      } catch (AssertionError e) {
        if (System.nanoTime() > deadline) {
          e.addSuppressed(new AssertionError("still failing after " + within));
          throw e;
        }
      }
      pause(pause);
      pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
    }
  }

  // The one place where test code pauses: between two polls, never instead of one.
  private static void pause(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting", e);
    }
  }
}
