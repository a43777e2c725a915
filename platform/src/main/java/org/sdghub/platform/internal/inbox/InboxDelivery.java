package org.sdghub.platform.internal.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
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
  private final InboxMetrics metrics;

  InboxDelivery(InboxProcessor processor, DeadLetterStore deadLetters, InboxMetrics metrics) {
    this.processor = processor;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
  }

  @Override
  public InboxOutcome apply(ReceivedEvent event) {
    InboxOutcome outcome = QuarkusTransaction.requiringNew().call(() -> processor.process(event));
    metrics.applied(List.of(outcome));
    return outcome;
  }

  @Override
  public List<InboxOutcome> applyAll(List<ReceivedEvent> events) {
    List<InboxOutcome> outcomes =
        QuarkusTransaction.requiringNew()
            .call(() -> events.stream().map(processor::process).toList());
    metrics.applied(outcomes);
    return outcomes;
  }

  @Override
  public void retried() {
    metrics.retried();
  }

  @Override
  public AutoCloseable bind(Consumer<?, ?> consumer, String group) {
    return metrics.bind(consumer, group);
  }

  @Override
  public void park(
      ConsumerRecord<String, byte[]> record, ReceivedEvent event, Throwable error, int attempts) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              try {
                deadLetters.park(record, event, Failures.describe(error), attempts);
                metrics.parked();
              } catch (SQLException e) {
                throw new IllegalStateException("Could not write the dead letter", e);
              }
            });
  }
}
