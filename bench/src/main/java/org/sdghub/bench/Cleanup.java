package org.sdghub.bench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the bench has started and must stop (servers, child processes), closed in reverse order
 * either normally or, when the bench is interrupted, by a shutdown hook, so that nothing is left
 * running either way.
 */
final class Cleanup {

  private final Deque<Guard> open = new ArrayDeque<>();
  private final AtomicBoolean exiting = new AtomicBoolean();

  /** A cleanup whose remaining resources are closed when the JVM exits. */
  static Cleanup onExit() {
    Cleanup cleanup = new Cleanup();
    Runtime.getRuntime().addShutdownHook(new Thread(cleanup::exit, "bench-cleanup"));
    return cleanup;
  }

  /**
   * Whether the JVM is exiting (the bench was told to stop), so that a tool failing because its
   * process was just stopped is not reported as a failure of its own.
   */
  boolean exiting() {
    return exiting.get();
  }

  private void exit() {
    exiting.set(true);
    closeAll();
  }

  /**
   * Tracks {@code resource} until the returned guard is closed; close it with try-with-resources.
   */
  Guard guard(AutoCloseable resource) {
    Guard guard = new Guard(resource);
    synchronized (open) {
      open.push(guard);
    }
    return guard;
  }

  /** Closes whatever is still open, newest first. */
  void closeAll() {
    while (true) {
      Guard next;
      synchronized (open) {
        next = open.peek();
      }
      if (next == null) {
        return;
      }
      next.close();
    }
  }

  /** Closes its resource once, whoever asks first. */
  final class Guard implements AutoCloseable {

    private final AutoCloseable resource;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Guard(AutoCloseable resource) {
      this.resource = resource;
    }

    @Override
    public void close() {
      synchronized (open) {
        open.remove(this);
      }
      if (!closed.compareAndSet(false, true)) {
        return;
      }
      try {
        resource.close();
      } catch (Exception e) {
        System.err.println("bench: while stopping " + resource + ": " + e);
      }
    }
  }
}
