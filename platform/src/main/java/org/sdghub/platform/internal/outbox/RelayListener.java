package org.sdghub.platform.internal.outbox;

import org.apache.kafka.clients.producer.Producer;

/** Told by a relay of what it published, failed to publish and parked: the outbox metrics. */
public interface RelayListener {

  /** A listener that ignores everything. */
  RelayListener NONE = new RelayListener() {};

  /** {@code rows} were published and marked sent. */
  default void published(int rows) {}

  /** A batch failed and was rolled back, to be retried. */
  default void failed() {}

  /** {@code rows} were parked. */
  default void parked(int rows) {}

  /** A new producer the relay sends with; closing the result forgets it. */
  default AutoCloseable bind(Producer<?, ?> producer) {
    return () -> {};
  }
}
