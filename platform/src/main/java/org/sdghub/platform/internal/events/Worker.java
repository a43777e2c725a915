package org.sdghub.platform.internal.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * A background loop on a thread of its own that can be stopped cleanly: {@link #pause} returns at
 * once when it is stopped, and {@link #stop} waits for the current round to finish. A round that
 * throws anything, an {@link Error} included, ends the loop and is handed to the listener set with
 * {@link #onEnd}; {@link SupervisedWorker} uses it to start a fresh worker.
 */
public abstract class Worker implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(Worker.class);

  private final String name;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private Thread thread;
  private volatile Consumer<Throwable> onEnd = failure -> {};
  private volatile Instant lastRoundAt;
  private volatile String problem;

  protected Worker(String name) {
    this.name = name;
  }

  /** Starts the loop; a worker starts once. */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException(name + " was already started");
    }
    thread = new Thread(this::loop, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** The name of the worker and of its thread. */
  public String name() {
    return name;
  }

  /**
   * Sets what runs on the worker's thread once its loop has ended: with the failure that ended it,
   * or null when it was stopped. Set it before {@link #start}.
   */
  public void onEnd(Consumer<Throwable> listener) {
    this.onEnd = listener;
  }

  /** When a round last ended normally, if one did. */
  public Optional<Instant> lastRoundAt() {
    return Optional.ofNullable(lastRoundAt);
  }

  /** What keeps the worker from doing its work right now (it goes on trying), if anything. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** Says what keeps the worker from doing its work; shown in the service's readiness. */
  protected void reportProblem(String description) {
    problem = description;
  }

  /** The worker does its work again. */
  protected void clearProblem() {
    problem = null;
  }

  /** One round of work; the loop calls it until the worker stops. */
  protected abstract void runOnce() throws Exception;

  /** Called once on the worker's thread after the loop ends, to release its resources. */
  protected void cleanUp() {}

  /** Called from {@link #stop} before waiting, to cut short a blocking call. */
  protected void interruptWork() {}

  protected boolean isStopping() {
    return stopping.getCount() == 0;
  }

  /** Waits for {@code duration}, or less if the worker is stopped meanwhile. */
  protected void pause(Duration duration) throws InterruptedException {
    stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS);
  }

  public synchronized boolean isRunning() {
    return thread != null && thread.isAlive();
  }

  /** Asks the loop to end after its current round and waits up to {@code timeout} for it. */
  public void stop(Duration timeout) {
    Thread running;
    synchronized (this) {
      running = thread;
    }
    stopping.countDown();
    if (running == null) {
      return;
    }
    interruptWork();
    try {
      running.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (running.isAlive()) {
      LOG.warnf("%s did not stop within %s; interrupting it", name, timeout);
      running.interrupt();
    }
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(30));
  }

  private void loop() {
    Throwable failure = null;
    try {
      while (!isStopping()) {
        runOnce();
        lastRoundAt = Instant.now();
      }
    } catch (InterruptedException e) {
      if (!isStopping()) {
        failure = e;
      }
    } catch (Throwable e) {
      failure = e;
      LOG.errorf(e, "%s stopped by an unexpected failure", name);
    } finally {
      try {
        cleanUp();
      } catch (RuntimeException e) {
        LOG.warnf("%s could not release its resources: %s", name, e);
      }
    }
    onEnd.accept(failure);
  }
}
