package org.sdghub.platform.internal.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.sdghub.platform.internal.events.CloudEventCodec;

/**
 * Publishes one batch of a topic's unsent outbox rows in one database transaction: lock, read, send
 * all, wait for every acknowledgement, mark sent, commit. Any failure rolls back, so the rows stay
 * unsent and are sent again (a consumer's inbox absorbs the duplicates).
 *
 * <p>Several instances of a service each run a relay. Batches are serialised across them by a
 * transaction-scoped advisory lock on the topic: an instance that does not get it leaves the work
 * to the one that has it. Row locks alone ({@code FOR UPDATE SKIP LOCKED}) would let two relays
 * each take part of one aggregate's rows and publish them in either order; with batches taken one
 * at a time in id order, and each batch acknowledged before the next is read, every aggregate's
 * events reach Kafka in the order they were committed. A relay that dies mid-batch releases the
 * lock with its connection. {@code SKIP LOCKED} stays as a second guard against any other writer
 * holding rows.
 */
final class OutboxBatch {

  // An advisory-lock namespace of its own (the two-key form), apart from other users' keys.
  private static final int LOCK_NAMESPACE = 0x5D6_0B0C;
  private static final String LOCK = "SELECT pg_try_advisory_xact_lock(?, hashtext(?))";
  private static final String SELECT =
      "SELECT id, aggregate_id, payload FROM outbox WHERE topic = ? AND sent_at IS NULL"
          + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED";
  private static final String MARK_SENT = "UPDATE outbox SET sent_at = now() WHERE id = ANY (?)";

  private final DataSource dataSource;
  private final String topic;
  private final int batchSize;

  OutboxBatch(DataSource dataSource, String topic, int batchSize) {
    this.dataSource = dataSource;
    this.topic = topic;
    this.batchSize = batchSize;
  }

  /** Publishes up to a batch of rows; returns how many (0 when none, or another relay is busy). */
  int publish(Producer<String, byte[]> producer)
      throws SQLException, ExecutionException, InterruptedException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        List<Row> rows = tryLock(connection) ? unsentRows(connection) : List.of();
        if (!rows.isEmpty()) {
          send(producer, rows);
          markSent(connection, rows);
        }
        connection.commit();
        return rows.size();
      } catch (SQLException | ExecutionException | InterruptedException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
      lock.setInt(1, LOCK_NAMESPACE);
      lock.setString(2, topic);
      try (ResultSet result = lock.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  private List<Row> unsentRows(Connection connection) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(SELECT)) {
      select.setString(1, topic);
      select.setInt(2, batchSize);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3)));
        }
      }
    }
    return rows;
  }

  private void send(Producer<String, byte[]> producer, List<Row> rows)
      throws ExecutionException, InterruptedException {
    List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(rows.size());
    for (Row row : rows) {
      ProducerRecord<String, byte[]> record =
          new ProducerRecord<>(
              topic, row.aggregateId(), row.payload().getBytes(StandardCharsets.UTF_8));
      record
          .headers()
          .add(
              CloudEventCodec.CONTENT_TYPE_HEADER,
              CloudEventCodec.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
      Future<RecordMetadata> acknowledgement = producer.send(record);
      if (acknowledgement.isDone()) {
        // Failed at once (no metadata: the broker is away): give up now rather than wait for
        // every other row of the batch to fail the same way.
        acknowledgement.get();
      }
      acknowledgements.add(acknowledgement);
    }
    producer.flush();
    for (Future<RecordMetadata> acknowledgement : acknowledgements) {
      acknowledgement.get();
    }
  }

  private static void markSent(Connection connection, List<Row> rows) throws SQLException {
    Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
    try (PreparedStatement mark = connection.prepareStatement(MARK_SENT)) {
      mark.setArray(1, connection.createArrayOf("bigint", ids));
      mark.executeUpdate();
    }
  }

  private record Row(long id, String aggregateId, String payload) {}
}
