package org.sdghub.platform.internal.inbox;

import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sdghub.platform.ReceivedEvent;

/** Where the inbox consumer takes what it reads: each call is a database transaction of its own. */
public interface InboxSink {

  /** Processes the event through the inbox; an exception means it was rolled back. */
  InboxOutcome apply(ReceivedEvent event);

  /**
   * Processes the events through the inbox in their order, all in one transaction; an exception
   * means none of them was kept.
   */
  List<InboxOutcome> applyAll(List<ReceivedEvent> events);

  /**
   * Parks a message that failed {@code attempts} times as a dead letter.
   *
   * @param event the message read as a CloudEvent, or null if it could not be read
   */
  void park(
      ConsumerRecord<String, byte[]> record, ReceivedEvent event, Throwable error, int attempts);

  /** Notes that an event is tried again after a failure of the moment. */
  default void retried() {}

  /** Reports the consumer's own metrics until the result is closed. */
  default AutoCloseable bind(Consumer<?, ?> consumer, String groupId) {
    return () -> {};
  }
}
