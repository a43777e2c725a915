package org.sdghub.platform.testing.http;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Test-only gate that holds a request in flight until the test opens it. */
final class SlowGate {

  private static volatile CountDownLatch entered = new CountDownLatch(1);
  private static volatile CountDownLatch opened = new CountDownLatch(1);

  private SlowGate() {}

  /** Closes the gate for the next request. */
  static void close() {
    entered = new CountDownLatch(1);
    opened = new CountDownLatch(1);
  }

  /** Called by the request: signals it arrived, then waits for the test (bounded). */
  static void pass() {
    entered.countDown();
    try {
      if (!opened.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("The test never opened the gate");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted at the gate", e);
    }
  }

  /** Waits until a request is held at the gate. */
  static boolean awaitRequest() throws InterruptedException {
    return entered.await(20, TimeUnit.SECONDS);
  }

  /** Lets the held request go on. */
  static void open() {
    opened.countDown();
  }
}
