package org.sdghub.platform.internal.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sdghub.platform.DeadLetter;
import org.sdghub.platform.ReceivedEvent;

/** The {@code dead_letter} table: messages parked by the inbox consumer, with why they failed. */
@ApplicationScoped
public class DeadLetterStore {

  private static final String COLUMNS =
      "id, event_id, type, source, subject, topic, kafka_partition, kafka_offset, payload, error,"
          + " attempts, parked_at";
  private static final String INSERT =
      "INSERT INTO dead_letter (event_id, type, source, subject, topic, kafka_partition,"
          + " kafka_offset, payload, error, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String FAILED_AGAIN =
      "UPDATE dead_letter SET error = ?, attempts = attempts + 1, parked_at = now() WHERE id = ?";

  private final AgroalDataSource dataSource;

  DeadLetterStore(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  void park(ConsumerRecord<String, byte[]> record, ReceivedEvent event, String error, int attempts)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setString(1, event == null ? null : event.id());
      insert.setString(2, event == null ? null : event.type());
      insert.setString(3, event == null ? null : event.source());
      insert.setString(4, event == null ? null : event.subject());
      insert.setString(5, record.topic());
      insert.setInt(6, record.partition());
      insert.setLong(7, record.offset());
      insert.setBytes(8, record.value() == null ? new byte[0] : record.value());
      insert.setString(9, error);
      insert.setInt(10, attempts);
      insert.executeUpdate();
    }
  }

  List<DeadLetter> list() throws SQLException {
    return query("SELECT " + COLUMNS + " FROM dead_letter ORDER BY id", null);
  }

  List<DeadLetter> page(int size, long offset) throws SQLException {
    List<DeadLetter> letters = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM dead_letter ORDER BY id LIMIT ? OFFSET ?")) {
      select.setInt(1, size);
      select.setLong(2, offset);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          letters.add(read(result));
        }
      }
    }
    return letters;
  }

  long count() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM dead_letter");
        ResultSet result = count.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }

  /** The ids of every dead letter, oldest first. */
  List<Long> ids() throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT id FROM dead_letter ORDER BY id");
        ResultSet result = select.executeQuery()) {
      while (result.next()) {
        ids.add(result.getLong(1));
      }
    }
    return ids;
  }

  Optional<DeadLetter> find(long id) throws SQLException {
    return query("SELECT " + COLUMNS + " FROM dead_letter WHERE id = ?", id).stream().findFirst();
  }

  Optional<byte[]> payload(long id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT payload FROM dead_letter WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet result = select.executeQuery()) {
        return result.next() ? Optional.of(result.getBytes(1)) : Optional.empty();
      }
    }
  }

  void delete(long id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM dead_letter WHERE id = ?")) {
      delete.setLong(1, id);
      delete.executeUpdate();
    }
  }

  void failedAgain(long id, String error) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(FAILED_AGAIN)) {
      update.setString(1, error);
      update.setLong(2, id);
      update.executeUpdate();
    }
  }

  private List<DeadLetter> query(String sql, Long id) throws SQLException {
    List<DeadLetter> letters = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      if (id != null) {
        select.setLong(1, id);
      }
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          letters.add(read(result));
        }
      }
    }
    return letters;
  }

  private static DeadLetter read(ResultSet result) throws SQLException {
    return new DeadLetter(
        result.getLong("id"),
        result.getString("event_id"),
        result.getString("type"),
        result.getString("source"),
        result.getString("subject"),
        result.getString("topic"),
        result.getInt("kafka_partition"),
        result.getLong("kafka_offset"),
        new String(result.getBytes("payload"), StandardCharsets.UTF_8),
        result.getString("error"),
        result.getInt("attempts"),
        result.getObject("parked_at", OffsetDateTime.class));
  }
}
