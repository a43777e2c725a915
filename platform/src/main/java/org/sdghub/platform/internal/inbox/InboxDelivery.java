package org.sdghub.platform.internal.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sdghub.platform.ReceivedEvent;

/**
 * The inbox consumer's way into the database: each event, each poll's events together, and each
 * parking, in a new transaction.
 */
@ApplicationScoped
public class InboxDelivery implements InboxSink {

  private final InboxProcessor processor;
  private final DeadLetterStore deadLetters;

  InboxDelivery(InboxProcessor processor, DeadLetterStore deadLetters) {
    this.processor = processor;
    this.deadLetters = deadLetters;
  }

  @Override
  public InboxOutcome apply(ReceivedEvent event) {
    return QuarkusTransaction.requiringNew().call(() -> processor.process(event));
  }

  @Override
  public List<InboxOutcome> applyAll(List<ReceivedEvent> events) {
    return QuarkusTransaction.requiringNew()
        .call(() -> events.stream().map(processor::process).toList());
  }

  @Override
  public void park(
      ConsumerRecord<String, byte[]> record, ReceivedEvent event, Throwable error, int attempts) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              try {
                deadLetters.park(record, event, Failures.describe(error), attempts);
              } catch (SQLException e) {
                throw new IllegalStateException("Could not write the dead letter", e);
              }
            });
  }
}
