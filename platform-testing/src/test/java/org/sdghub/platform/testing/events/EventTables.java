package org.sdghub.platform.testing.events;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the platform's tests read from the event tables and the test application's tables. */
@ApplicationScoped
public class EventTables {

  /** An outbox row as the relay would send it. */
  public record OutboxRow(String aggregateId, String payload) {}

  /** A consumer's copy of a thing. */
  public record Mirror(String name, long version, int appliedCount) {}

  private final AgroalDataSource dataSource;

  EventTables(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  public int unsent(String topic) {
    return count("SELECT count(*) FROM outbox WHERE topic = ? AND sent_at IS NULL", topic);
  }

  public int outboxRowsOf(String aggregateId) {
    return count("SELECT count(*) FROM outbox WHERE aggregate_id = ?", aggregateId);
  }

  public List<OutboxRow> unsentRows(String topic, int limit) {
    String sql =
        "SELECT aggregate_id, payload FROM outbox WHERE topic = ? AND sent_at IS NULL"
            + " ORDER BY id LIMIT "
            + limit;
    List<OutboxRow> rows = new ArrayList<>();
    query(sql, topic, result -> rows.add(new OutboxRow(result.getString(1), result.getString(2))));
    return rows;
  }

  public Optional<String> payloadOf(String aggregateId) {
    List<String> payloads = new ArrayList<>();
    query(
        "SELECT payload FROM outbox WHERE aggregate_id = ? ORDER BY id",
        aggregateId,
        result -> payloads.add(result.getString(1)));
    return payloads.stream().findFirst();
  }

  public Optional<Mirror> mirror(String thingId) {
    List<Mirror> mirrors = new ArrayList<>();
    query(
        "SELECT name, version, applied_count FROM event_test_thing_mirror WHERE id = ?",
        thingId,
        result ->
            mirrors.add(new Mirror(result.getString(1), result.getLong(2), result.getInt(3))));
    return mirrors.stream().findFirst();
  }

  public Optional<String> inboxOutcome(String eventId) {
    List<String> outcomes = new ArrayList<>();
    query(
        "SELECT outcome FROM inbox_event WHERE event_id = ?",
        eventId,
        result -> outcomes.add(result.getString(1)));
    return outcomes.stream().findFirst();
  }

  /**
   * In how many transactions the inbox recorded the events of the subjects starting with {@code
   * prefix} (each transaction stamps its own receiving time).
   */
  public int inboxTransactionsOf(String prefix) {
    return count(
        "SELECT count(DISTINCT received_at) FROM inbox_event WHERE starts_with(subject, ?)",
        prefix);
  }

  /** Runs any statement, for a test that sets up an unusual state. */
  public void execute(String sql, String parameter) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Runs a count query with one string parameter. */
  public int count(String sql, String parameter) {
    int[] count = new int[1];
    query(sql, parameter, result -> count[0] = result.getInt(1));
    return count[0];
  }

  private void query(String sql, String parameter, RowReader reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          reader.read(result);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private interface RowReader {
    void read(ResultSet result) throws SQLException;
  }
}
