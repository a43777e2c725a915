package org.sdghub.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.sdghub.client.ApiException;
import org.sdghub.client.ApiResponse;

/**
 * A client system writing one record after another in the background, as one that keeps trying: a
 * write the API does not acknowledge (a 5xx, or no answer at all) is sent again, with the same body
 * and Idempotency-Key, until it is; then the next one. Any other refusal ends the writes and fails
 * the test.
 *
 * @param <T> what an acknowledged write answers
 */
final class AcknowledgedWrites<T> {

  /** The {@code n}th write, sent with {@code idempotencyKey}. */
  @FunctionalInterface
  interface Write<T> {
    ApiResponse<T> send(int n, String idempotencyKey) throws ApiException;
  }

  private static final Duration BACK_OFF = Duration.ofMillis(250);

  private final String name;
  private final Write<T> write;
  private final Map<String, T> acknowledged = new ConcurrentHashMap<>();
  private final AtomicInteger unacknowledged = new AtomicInteger();
  private final AtomicInteger replayed = new AtomicInteger();
  private final AtomicInteger sequence = new AtomicInteger();
  private volatile boolean running;
  private volatile Throwable failure;
  private Thread thread;

  /** Writes whose Idempotency-Keys start with {@code name}. */
  AcknowledgedWrites(String name, Write<T> write) {
    this.name = name;
    this.write = write;
  }

  /**
   * The first write, sent again while the service refuses it only for not having learnt yet what it
   * names (an organisation, a project); once it is acknowledged, the services are ready for more.
   */
  void writeFirst() throws ApiException {
    String key = key(0);
    acknowledged.put(
        key, Hub.onceKnown(name + "'s first write", () -> write.send(0, key)).getData());
  }

  void startInBackground() {
    running = true;
    thread = new Thread(this::writeUntilStopped, "e2e-" + name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Ends the background writes after the one in progress is acknowledged. */
  void stop() throws InterruptedException {
    running = false;
    if (thread != null) {
      thread.join(TimeUnit.SECONDS.toMillis(90));
      if (thread.isAlive()) {
        throw new AssertionError(name + ": a write was still not acknowledged after 90 s");
      }
    }
    if (failure != null) {
      throw new AssertionError(name + ": a write was refused: " + failure, failure);
    }
  }

  void awaitAcknowledged(int count) {
    await(name + ": " + count + " acknowledged writes")
        .atMost(Hub.PROPAGATION)
        .until(() -> failure != null || acknowledged.size() >= count);
  }

  void awaitUnacknowledged(int count) {
    await(name + ": " + count + " unacknowledged attempts")
        .atMost(Hub.PROPAGATION)
        .until(() -> failure != null || unacknowledged.get() >= count);
  }

  int acknowledgedCount() {
    return acknowledged.size();
  }

  /** Every acknowledged write's answer, by Idempotency-Key. */
  Map<String, T> all() {
    return Map.copyOf(acknowledged);
  }

  /** What the writes went through, for the test's log. */
  String summary() {
    return String.format(
        "%s: %d writes acknowledged, %d attempts unanswered and sent again, %d answered by a"
            + " replay of the first answer",
        name, acknowledged.size(), unacknowledged.get(), replayed.get());
  }

  private void writeUntilStopped() {
    while (running && failure == null) {
      int n = sequence.incrementAndGet();
      String key = key(n);
      try {
        acknowledged.put(key, untilAcknowledged(n, key));
      } catch (ApiException | RuntimeException e) {
        failure = e;
      }
    }
  }

  private String key(int n) {
    return "e2e-" + name + "-" + n;
  }

  private T untilAcknowledged(int n, String key) throws ApiException {
    while (true) {
      try {
        ApiResponse<T> answer = write.send(n, key);
        if (answer.getHeaders().containsKey("idempotent-replayed")) {
          replayed.incrementAndGet();
        }
        return answer.getData();
      } catch (ApiException e) {
        if (e.getCode() != 0 && e.getCode() < 500) {
          throw e;
        }
        unacknowledged.incrementAndGet();
        // A client's back-off before it tries again, not a wait for a result.
        LockSupport.parkNanos(BACK_OFF.toNanos());
      }
    }
  }
}
