package org.sdghub.platform.internal.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sdghub.platform.ReceivedEvent;

/**
 * The inbox's bookkeeping in {@code inbox_event} (ids seen) and {@code inbox_aggregate} (the last
 * applied sequence of each aggregate), in the caller's transaction.
 */
@ApplicationScoped
public class InboxTables {

  // The first delivery's record and the aggregate's advance in one round trip: the advance only
  // when the id is new and the event has a handler.
  private static final String RECORD_AND_ADVANCE =
      "WITH first AS (INSERT INTO inbox_event (source, event_id, type, subject, sequence, outcome)"
          + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source, event_id) DO NOTHING RETURNING 1),"
          + " advanced AS (INSERT INTO inbox_aggregate (source, subject, sequence)"
          + " SELECT ?, ?, ? WHERE ? AND EXISTS (SELECT 1 FROM first)"
          + " ON CONFLICT (source, subject) DO UPDATE"
          + " SET sequence = EXCLUDED.sequence, updated_at = now()"
          + " WHERE inbox_aggregate.sequence < EXCLUDED.sequence RETURNING 1)"
          + " SELECT EXISTS (SELECT 1 FROM first), EXISTS (SELECT 1 FROM advanced)";
  private static final String COUNT_DELIVERY =
      "UPDATE inbox_event SET deliveries = deliveries + 1 WHERE source = ? AND event_id = ?";
  private static final String SET_OUTCOME =
      "UPDATE inbox_event SET outcome = ? WHERE source = ? AND event_id = ?";
  // One statement, so that two consumers racing on one aggregate cannot both see it as new.
  private static final String ADVANCE =
      "INSERT INTO inbox_aggregate (source, subject, sequence) VALUES (?, ?, ?)"
          + " ON CONFLICT (source, subject) DO UPDATE"
          + " SET sequence = EXCLUDED.sequence, updated_at = now()"
          + " WHERE inbox_aggregate.sequence < EXCLUDED.sequence";

  private static final String TAKE_UP_SKIPPED =
      "UPDATE inbox_event SET outcome = 'applied' WHERE source = ? AND event_id = ?"
          + " AND outcome = 'unknown-type'";

  private final AgroalDataSource dataSource;

  InboxTables(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** What {@link #recordDelivery} found: a new id, and whether the aggregate moved to it. */
  enum Delivery {
    /** A new id; its aggregate moved to its sequence. */
    FIRST_ADVANCED,
    /** A new id, not advanced: no handler was asked to, or the aggregate is there or beyond. */
    FIRST,
    /** The id was recorded before; one more delivery is counted. */
    SEEN
  }

  /**
   * Records the event's id with the outcome expected for it and, when {@code advance} and the id is
   * new, moves its aggregate to its sequence unless it already is there or beyond (one statement,
   * so that two consumers racing on one aggregate cannot both see it as new). A seen id counts one
   * more delivery.
   */
  Delivery recordDelivery(ReceivedEvent event, InboxOutcome outcome, boolean advance)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement record = connection.prepareStatement(RECORD_AND_ADVANCE)) {
        record.setString(1, event.source());
        record.setString(2, event.id());
        record.setString(3, event.type());
        record.setString(4, event.subject());
        record.setLong(5, event.sequence());
        record.setString(6, outcome.column());
        record.setString(7, event.source());
        record.setString(8, event.subject());
        record.setLong(9, event.sequence());
        record.setBoolean(10, advance);
        try (ResultSet result = record.executeQuery()) {
          result.next();
          if (result.getBoolean(1)) {
            return result.getBoolean(2) ? Delivery.FIRST_ADVANCED : Delivery.FIRST;
          }
        }
      }
      update(connection, COUNT_DELIVERY, event.source(), event.id());
      return Delivery.SEEN;
    }
  }

  /**
   * Takes up an event skipped before as of an unknown type, now that its type has a handler: its
   * outcome becomes {@code applied} (the caller may still find it stale); false if it was not
   * skipped so, or another delivery took it up first.
   */
  boolean takeUpSkipped(ReceivedEvent event) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(TAKE_UP_SKIPPED)) {
      update.setString(1, event.source());
      update.setString(2, event.id());
      return update.executeUpdate() == 1;
    }
  }

  /** Moves the aggregate to the event's sequence; false if it already is there or beyond. */
  boolean advance(ReceivedEvent event) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
      advance.setString(1, event.source());
      advance.setString(2, event.subject());
      advance.setLong(3, event.sequence());
      return advance.executeUpdate() == 1;
    }
  }

  void setOutcome(ReceivedEvent event, InboxOutcome outcome) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      update(connection, SET_OUTCOME, outcome.column(), event.source(), event.id());
    }
  }

  private static void update(Connection connection, String sql, String... values)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        update.setString(i + 1, values[i]);
      }
      update.executeUpdate();
    }
  }
}
