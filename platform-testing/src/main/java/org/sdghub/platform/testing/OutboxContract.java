package org.sdghub.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.Outbox;
import org.sdghub.platform.ReceivedEvent;

/**
 * What every publishing service's outbox must do, proven on the real database and broker: a
 * committed change publishes exactly one event (keyed by its aggregate, valid against its schema),
 * a rolled-back change publishes none, and the outbox refuses to run outside a transaction.
 *
 * <p>A service extends it in a {@code @QuarkusTest} and implements the hooks with its own service
 * methods; it needs {@code sdghub.events.topic} and the relay running.
 */
public abstract class OutboxContract {

  /** How long an event may take to reach the topic. */
  protected static final Duration ARRIVAL = Duration.ofSeconds(30);

  private static final Duration QUIET = Duration.ofMillis(500);

  /** Changes some aggregate through the service, committing; returns the aggregate's id. */
  protected abstract String commitAChange();

  /**
   * Changes some aggregate through the service in a transaction that rolls back after the event was
   * appended (for example a service method that fails after its change); returns normally with the
   * aggregate's id.
   */
  protected abstract String rollBackAChange();

  /** An event of a type the service publishes, with valid data. */
  protected abstract DomainEvent anEvent();

  /** The topic the service publishes to: {@code sdghub.events.topic} unless overridden. */
  protected String topic() {
    return ConfigProvider.getConfig().getValue("sdghub.events.topic", String.class);
  }

  @Test
  void aCommittedChangePublishesExactlyOneEvent() {
    try (TopicProbe probe = TopicProbe.atEnd(topic())) {
      String aggregate = commitAChange();
      Predicate<ReceivedEvent> aboutIt = event -> aggregate.equals(event.subject());

      ReceivedEvent event = probe.awaitEvents(aboutIt, 1, ARRIVAL).get(0);
      probe.expectNoMore(aboutIt, 1, QUIET);

      EventSchemaAssertions.assertValid(event);
      TopicProbe.Message message =
          probe.messages().stream().filter(m -> m.event() == event).findFirst().orElseThrow();
      assertEquals(aggregate, message.key(), "events are keyed by their aggregate id");
    }
  }

  @Test
  void aRolledBackChangePublishesNothing() {
    try (TopicProbe probe = TopicProbe.atEnd(topic())) {
      String rolledBack = rollBackAChange();
      String committed = commitAChange();

      probe.awaitEvents(event -> committed.equals(event.subject()), 1, ARRIVAL);
      probe.expectNoMore(event -> rolledBack.equals(event.subject()), 0, QUIET);
      assertEquals(0, outboxRowsOf(rolledBack), "a rolled-back change leaves no outbox row");
    }
  }

  @Test
  void appendingOutsideATransactionIsRefused() {
    Outbox outbox = Arc.container().instance(Outbox.class).get();

    assertThrows(IllegalStateException.class, () -> outbox.append(anEvent()));
  }

  private static int outboxRowsOf(String aggregate) {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement("SELECT count(*) FROM outbox WHERE aggregate_id = ?")) {
      count.setString(1, aggregate);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the outbox", e);
    }
  }
}
