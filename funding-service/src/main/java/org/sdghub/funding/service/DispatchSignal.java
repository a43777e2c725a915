package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;

/**
 * Wakes this instance's dispatchers: after the commit of a transaction that queued messages, when a
 * delivery ends (the next message of its queue may go), and when the database announces messages
 * queued by another instance.
 */
@ApplicationScoped
public class DispatchSignal {

  private static final Object REGISTERED = DispatchSignal.class;

  private final TransactionSynchronizationRegistry transactions;
  private long generation;

  DispatchSignal(TransactionSynchronizationRegistry transactions) {
    this.transactions = transactions;
  }

  /** Wakes every waiting dispatcher now. */
  public synchronized void wake() {
    generation++;
    notifyAll();
  }

  /** Wakes the dispatchers once the current transaction commits (once per transaction). */
  public void wakeAfterCommit() {
    if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
      wake();
      return;
    }
    if (transactions.getResource(REGISTERED) != null) {
      return;
    }
    transactions.putResource(REGISTERED, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              wake();
            }
          }
        });
  }

  /** The current generation, to wait for a wake-up after it. */
  public synchronized long generation() {
    return generation;
  }

  /**
   * Waits until a wake-up after generation {@code seen}, or {@code timeout}; answers the new one.
   */
  public synchronized long await(long seen, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (generation == seen) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        break;
      }
      wait(left);
    }
    return generation;
  }
}
