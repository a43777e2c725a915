package org.sdghub.platform.internal.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>A row that failed for a reason of its own ({@link SendFailures.Kind#RECORD}) has the attempt
 * counted, outside the rolled-back transaction; at {@code maxAttempts} it is parked, and the next
 * batches no longer read it: the rows behind it flow.
 */
final class OutboxBatch {

  // An advisory-lock namespace of its own (the two-key form), apart from other users' keys.
  private static final int LOCK_NAMESPACE = 0x5D6_0B0C;
  private static final String LOCK = "SELECT pg_try_advisory_xact_lock(?, hashtext(?))";
  private static final String SELECT =
      "SELECT id, aggregate_id, payload FROM outbox"
          + " WHERE topic = ? AND sent_at IS NULL AND parked_at IS NULL"
          + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED";
  private static final String MARK_SENT = "UPDATE outbox SET sent_at = now() WHERE id = ANY (?)";
  private static final String COUNT_ATTEMPT =
      "UPDATE outbox SET attempts = attempts + 1, last_error = ?,"
          + " parked_at = CASE WHEN attempts + 1 >= ? THEN now() END"
          + " WHERE id = ? AND sent_at IS NULL RETURNING parked_at IS NOT NULL";
  private static final int MAX_ERROR_LENGTH = 2_000;

  private final DataSource dataSource;
  private final String topic;
  private final int batchSize;
  private final int maxAttempts;

  OutboxBatch(DataSource dataSource, String topic, int batchSize, int maxAttempts) {
    this.dataSource = dataSource;
    this.topic = topic;
    this.batchSize = batchSize;
    this.maxAttempts = maxAttempts;
  }

  /** Publishes up to a batch of rows; returns how many (0 when none, or another relay is busy). */
  int publish(Producer<String, byte[]> producer)
      throws SQLException, InterruptedException, BatchFailed {
    Map<Long, Throwable> failures;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        List<Row> rows = tryLock(connection) ? unsentRows(connection) : List.of();
        failures = send(producer, rows);
        if (failures.isEmpty()) {
          markSent(connection, rows);
          connection.commit();
          return rows.size();
        }
        connection.rollback();
      } catch (SQLException | InterruptedException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
    throw countAttempts(failures);
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

  /** Sends the rows and waits for every acknowledgement; returns the failures by row id. */
  private Map<Long, Throwable> send(Producer<String, byte[]> producer, List<Row> rows)
      throws InterruptedException {
    Map<Long, Throwable> failures = new LinkedHashMap<>();
    Map<Long, Future<RecordMetadata>> acknowledgements = new LinkedHashMap<>();
    for (Row row : rows) {
      Future<RecordMetadata> acknowledgement;
      try {
        acknowledgement = producer.send(record(row));
      } catch (RuntimeException e) {
        failures.put(row.id(), e);
        continue;
      }
      if (acknowledgement.isDone()) {
        Throwable failure = failureOf(acknowledgement);
        if (failure != null) {
          failures.put(row.id(), failure);
          if (SendFailures.classify(failure) != SendFailures.Kind.RECORD) {
            // No metadata (the broker is away) or the topic refused: the other rows would all
            // fail the same way after as long a wait; give up now.
            return failures;
          }
          continue;
        }
      }
      acknowledgements.put(row.id(), acknowledgement);
    }
    producer.flush();
    for (Map.Entry<Long, Future<RecordMetadata>> acknowledgement : acknowledgements.entrySet()) {
      Throwable failure = failureOf(acknowledgement.getValue());
      if (failure != null) {
        failures.put(acknowledgement.getKey(), failure);
      }
    }
    return failures;
  }

  private ProducerRecord<String, byte[]> record(Row row) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            topic, row.aggregateId(), row.payload().getBytes(StandardCharsets.UTF_8));
    record
        .headers()
        .add(
            CloudEventCodec.CONTENT_TYPE_HEADER,
            CloudEventCodec.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
    return record;
  }

  private static Throwable failureOf(Future<RecordMetadata> acknowledgement)
      throws InterruptedException {
    try {
      acknowledgement.get();
      return null;
    } catch (ExecutionException e) {
      return e.getCause() == null ? e : e.getCause();
    }
  }

  private static void markSent(Connection connection, List<Row> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
    try (PreparedStatement mark = connection.prepareStatement(MARK_SENT)) {
      mark.setArray(1, connection.createArrayOf("bigint", ids));
      mark.executeUpdate();
    }
  }

  /**
   * Counts an attempt against each row that failed for a reason of its own, parking those at the
   * last attempt, in a transaction of its own; returns the failure of the batch to report.
   */
  private BatchFailed countAttempts(Map<Long, Throwable> failures) throws SQLException {
    Throwable worst = failures.values().iterator().next();
    List<Long> parked = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count = connection.prepareStatement(COUNT_ATTEMPT)) {
      for (Map.Entry<Long, Throwable> failure : failures.entrySet()) {
        SendFailures.Kind kind = SendFailures.classify(failure.getValue());
        if (kind.compareTo(SendFailures.classify(worst)) > 0) {
          worst = failure.getValue();
        }
        if (kind != SendFailures.Kind.RECORD) {
          continue;
        }
        count.setString(1, cut(SendFailures.describe(failure.getValue())));
        count.setInt(2, maxAttempts);
        count.setLong(3, failure.getKey());
        try (ResultSet result = count.executeQuery()) {
          if (result.next() && result.getBoolean(1)) {
            parked.add(failure.getKey());
          }
        }
      }
    }
    return new BatchFailed(worst, SendFailures.classify(worst), failures.size(), parked);
  }

  private static String cut(String error) {
    return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH) + "…";
  }

  private record Row(long id, String aggregateId, String payload) {}

  /** A batch that was not published (and rolled back), with what became of its failing rows. */
  static final class BatchFailed extends Exception {

    private final SendFailures.Kind kind;
    private final List<Long> parked;

    BatchFailed(Throwable cause, SendFailures.Kind kind, int failed, List<Long> parked) {
      super(
          failed
              + " row(s) not acknowledged ("
              + SendFailures.describe(cause)
              + ")"
              + (parked.isEmpty() ? "" : "; parked rows " + parked),
          cause);
      this.kind = kind;
      this.parked = List.copyOf(parked);
    }

    /** The worst failure's kind: of the topic, else of a record, else transient. */
    SendFailures.Kind kind() {
      return kind;
    }

    /** The ids of the rows parked by this failure. */
    List<Long> parked() {
      return parked;
    }
  }
}
