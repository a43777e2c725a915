package org.sdghub.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.ReceivedEvent;

/**
 * What every consuming service's inbox must do, proven through the real broker and database: an
 * event delivered twice is applied once, and an event older than what the service holds for its
 * aggregate is ignored.
 *
 * <p>A service extends it in a {@code @QuarkusTest} and implements the hooks with an event type it
 * handles; it needs its inbox consumer running on {@link #topic()}.
 */
public abstract class InboxContract {

  /** How long the consumer may take to process an event. */
  protected static final Duration PROCESSING = Duration.ofSeconds(30);

  /** The topic the service consumes the event type from. */
  protected abstract String topic();

  /** The CloudEvents source of the producer, such as {@code /sdghub/partners-service}. */
  protected abstract String source();

  /** A type the service handles. */
  protected abstract String eventType();

  /**
   * Valid data of {@link #eventType()} for aggregate {@code subject} at {@code sequence}, which
   * differs from one sequence to the next (a record, or a JsonNode).
   */
  protected abstract Object dataFor(String subject, long sequence);

  /**
   * Whether the service's state for {@code subject} is what {@code dataFor(subject, sequence)}
   * carried.
   */
  protected abstract boolean reflects(String subject, long sequence);

  /** A new aggregate id of the kind the service expects; a UUID unless overridden. */
  protected String newSubject() {
    return UUID.randomUUID().toString();
  }

  @Test
  void aRepeatedEventIdAppliesOnce() {
    String subject = newSubject();
    ReceivedEvent event = event(subject, 1);

    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(topic(), event);
      sender.send(topic(), event);
    }

    Eventually.await(
        PROCESSING,
        "the second delivery of " + event.id() + " was never counted",
        () -> inboxRow(event).map(row -> row.deliveries() == 2).orElse(false));
    assertEquals("applied", inboxRow(event).orElseThrow().outcome());
    assertTrue(reflects(subject, 1), "the event's state was applied");
  }

  @Test
  void anOlderSequenceIsIgnored() {
    String subject = newSubject();
    ReceivedEvent newer = event(subject, 2);
    ReceivedEvent older = event(subject, 1);

    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(topic(), newer);
      sender.send(topic(), older);
    }

    Eventually.await(
        PROCESSING,
        "the older event " + older.id() + " was never recorded",
        () -> inboxRow(older).isPresent());
    assertEquals("stale", inboxRow(older).orElseThrow().outcome());
    assertEquals("applied", inboxRow(newer).orElseThrow().outcome());
    assertTrue(reflects(subject, 2), "the newer event's state stays");
  }

  private ReceivedEvent event(String subject, long sequence) {
    ObjectMapper mapper = Arc.container().instance(ObjectMapper.class).get();
    JsonNode data = mapper.valueToTree(dataFor(subject, sequence));
    return EventSender.newEvent(source(), eventType(), subject, sequence, data);
  }

  private static Optional<InboxRow> inboxRow(ReceivedEvent event) {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT outcome, deliveries FROM inbox_event WHERE source = ? AND event_id = ?")) {
      select.setString(1, event.source());
      select.setString(2, event.id());
      try (ResultSet result = select.executeQuery()) {
        return result.next()
            ? Optional.of(new InboxRow(result.getString(1), result.getInt(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the inbox", e);
    }
  }

  private record InboxRow(String outcome, int deliveries) {}
}
