package org.sdghub.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the read model's writes do once per transaction rather than once per event, when the inbox
 * applies many events in one transaction: take a lock, or write a summary just before the commit.
 * Must be used inside a transaction.
 */
@ApplicationScoped
class OncePerTransaction {

  private final TransactionSynchronizationRegistry registry;

  OncePerTransaction(TransactionSynchronizationRegistry registry) {
    this.registry = registry;
  }

  /** True the first time this key is asked for in the current transaction. */
  boolean first(Object key) {
    if (registry.getResource(key) != null) {
      return false;
    }
    registry.putResource(key, Boolean.TRUE);
    return true;
  }

  /**
   * The value kept under this key in the current transaction; made by {@code create} the first
   * time, when {@code beforeCommit} is also arranged to get it just before the transaction commits
   * (in the transaction: a failure there rolls it back).
   */
  <T> T get(Object key, Supplier<T> create, Consumer<T> beforeCommit) {
    @SuppressWarnings("unchecked")
    T value = (T) registry.getResource(key);
    if (value == null) {
      T made = create.get();
      registry.putResource(key, made);
      registry.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              beforeCommit.accept(made);
            }

            @Override
            public void afterCompletion(int status) {}
          });
      value = made;
    }
    return value;
  }
}
