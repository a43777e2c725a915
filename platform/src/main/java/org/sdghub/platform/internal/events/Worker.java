package org.sdghub.platform.internal.events;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A background loop on a thread of its own that can be stopped cleanly: {@link #pause} returns at
 * once when it is stopped, and {@link #stop} waits for the current round to finish.
 */
public abstract class Worker implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(Worker.class);

  private final String name;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private Thread thread;

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
    try {
      while (!isStopping()) {
        runOnce();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception | Error e) {
      LOG.errorf(e, "%s stopped by an unexpected failure", name);
    } finally {
      cleanUp();
    }
  }
}
