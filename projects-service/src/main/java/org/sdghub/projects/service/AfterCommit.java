package org.sdghub.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs work once the current transaction has ended, so that what it does (forgetting a cached read,
 * remembering a committed state) is never based on a change that is not, or never will be,
 * committed.
 */
@ApplicationScoped
class AfterCommit {

  private final TransactionSynchronizationRegistry transactions;

  AfterCommit(TransactionSynchronizationRegistry transactions) {
    this.transactions = transactions;
  }

  /** Whether the calling thread is in a transaction (whose reads may see uncommitted changes). */
  boolean inTransaction() {
    return transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
  }

  /** Work to run once a transaction ended. */
  interface Outcome {
    void ended(boolean committed);
  }

  /**
   * Runs {@code work} once the current transaction ended, telling it whether it committed; at once
   * (as committed) outside of a transaction.
   */
  void whenEnded(Outcome work) {
    if (!inTransaction()) {
      work.ended(true);
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            work.ended(status == Status.STATUS_COMMITTED);
          }
        });
  }
}
