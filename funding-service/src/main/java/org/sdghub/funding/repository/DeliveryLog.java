package org.sdghub.funding.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/**
 * What became of each delivery attempt: the attempt log, the message's state and the subscription's
 * health. Writes run inside the transaction that records one attempt; a message is changed only by
 * the instance that still holds its lease.
 */
@ApplicationScoped
public class DeliveryLog {

  private static final String BATCH_ATTEMPT =
      "INSERT INTO webhook_attempt (message_id, subscription_id, webhook_id, attempt,"
          + " attempted_at, status, duration_ms, response_excerpt, error)"
          + " VALUES (?, ?, ?, ?, now(), ?, ?, ?, NULL)";
  private static final String BATCH_DELIVERED =
      "UPDATE webhook_message SET state = 'delivered', attempts = attempts + 1,"
          + " delivered_at = now(), last_status = ?, last_error = NULL, lease_until = NULL,"
          + " leased_by = NULL WHERE id = ? AND leased_by = ?";
  private static final String HEALTHY =
      "UPDATE webhook_subscription SET last_status = ?1, last_error = NULL,"
          + " last_attempt_at = now(), last_success_at = now(), failing_since = NULL"
          + " WHERE id = ?2 AND (last_status IS DISTINCT FROM ?1 OR last_error IS NOT NULL"
          + " OR failing_since IS NOT NULL OR last_success_at IS NULL"
          + " OR last_success_at < now() - interval '1 second')";
  // The same, with JDBC's parameters (the status is given twice).
  private static final String BATCH_HEALTHY = HEALTHY.replace("?1", "?").replace("?2", "?");

  private final EntityManager entityManager;
  // Its connections inside a transaction are the transaction's, which Hibernate uses too.
  private final AgroalDataSource dataSource;

  DeliveryLog(EntityManager entityManager, AgroalDataSource dataSource) {
    this.entityManager = entityManager;
    this.dataSource = dataSource;
  }

  /** Adds an attempt to the log. */
  public void attempted(
      ClaimedMessage message, Integer status, long durationMs, String excerpt, String error) {
    update(
        "INSERT INTO webhook_attempt (message_id, subscription_id, webhook_id, attempt,"
            + " attempted_at, status, duration_ms, response_excerpt, error)"
            + " VALUES (?1, ?2, ?8, ?3, now(), ?4, ?5, ?6, ?7)",
        message.id(),
        message.subscriptionId(),
        message.attempts() + 1,
        integer(status),
        (int) durationMs,
        text(excerpt),
        text(error),
        message.webhookId());
  }

  /**
   * The message arrived; the subscription is healthy again. While it stays healthy, its last
   * success is written at most once a second (every delivery writing the same row would make that
   * row the one all deliveries of a subscription queue for).
   */
  public void delivered(ClaimedMessage message, String instance, int status) {
    update(
        "UPDATE webhook_message SET state = 'delivered', attempts = attempts + 1,"
            + " delivered_at = now(), last_status = ?1, last_error = NULL, lease_until = NULL,"
            + " leased_by = NULL WHERE id = ?2 AND leased_by = ?3",
        status,
        message.id(),
        instance);
    update(HEALTHY, status, message.subscriptionId());
  }

  /** A successful attempt to record: its message, the answer's status and start, its time. */
  public record Delivered(ClaimedMessage message, int status, long durationMs, String excerpt) {}

  /**
   * Records successful attempts as {@link #attempted} and {@link #delivered} do, in a few batched
   * statements for all of them; each subscription's health is written once, in id order (so that
   * two instances recording at once cannot deadlock on two subscriptions).
   */
  public void deliveredAll(List<Delivered> deliveries, String instance) {
    if (deliveries.isEmpty()) {
      return;
    }
    Map<UUID, Integer> lastStatus = new TreeMap<>();
    deliveries.forEach(d -> lastStatus.put(d.message().subscriptionId(), d.status()));
    inTransaction(
        connection -> {
          try (PreparedStatement attempt = connection.prepareStatement(BATCH_ATTEMPT);
              PreparedStatement message = connection.prepareStatement(BATCH_DELIVERED)) {
            for (Delivered d : deliveries) {
              attempt.setObject(1, d.message().id());
              attempt.setObject(2, d.message().subscriptionId());
              attempt.setString(3, d.message().webhookId());
              attempt.setInt(4, d.message().attempts() + 1);
              attempt.setInt(5, d.status());
              attempt.setInt(6, (int) d.durationMs());
              attempt.setString(7, d.excerpt());
              attempt.addBatch();
              message.setInt(1, d.status());
              message.setObject(2, d.message().id());
              message.setString(3, instance);
              message.addBatch();
            }
            attempt.executeBatch();
            message.executeBatch();
          }
          try (PreparedStatement healthy = connection.prepareStatement(BATCH_HEALTHY)) {
            for (Map.Entry<UUID, Integer> last : lastStatus.entrySet()) {
              healthy.setInt(1, last.getValue());
              healthy.setObject(2, last.getKey());
              healthy.setInt(3, last.getValue());
              healthy.addBatch();
            }
            healthy.executeBatch();
          }
        });
  }

  /** Gives claimed messages back unsent: their lease ends now. */
  public void release(List<ClaimedMessage> messages, String instance) {
    if (messages.isEmpty()) {
      return;
    }
    inTransaction(
        connection -> {
          try (PreparedStatement release =
              connection.prepareStatement(
                  "UPDATE webhook_message SET lease_until = NULL, leased_by = NULL"
                      + " WHERE id = ? AND leased_by = ?")) {
            for (ClaimedMessage m : messages) {
              release.setObject(1, m.id());
              release.setString(2, instance);
              release.addBatch();
            }
            release.executeBatch();
          }
        });
  }

  /**
   * The attempt failed: the message is tried again at {@code next}, or given up when null; the
   * subscription counts as failing from its first failure after a success.
   */
  public void failed(
      ClaimedMessage message, String instance, Integer status, String error, OffsetDateTime next) {
    String state = next == null ? "'failed'" : "'pending', next_attempt_at = ?5";
    update(
        "UPDATE webhook_message SET attempts = attempts + 1, last_status = ?1, last_error = ?2,"
            + " state = "
            + state
            + ", lease_until = NULL, leased_by = NULL WHERE id = ?3 AND leased_by = ?4",
        next == null
            ? new Object[] {integer(status), text(error), message.id(), instance}
            : new Object[] {integer(status), text(error), message.id(), instance, next});
    update(
        "UPDATE webhook_subscription SET last_status = ?1, last_error = ?2,"
            + " last_attempt_at = now(), failing_since = COALESCE(failing_since, now())"
            + " WHERE id = ?3",
        integer(status),
        text(error),
        message.subscriptionId());
  }

  /** When the subscription started failing without a success since; null if it is not failing. */
  public OffsetDateTime failingSince(UUID subscriptionId) {
    Object value =
        entityManager
            .createNativeQuery("SELECT failing_since FROM webhook_subscription WHERE id = ?1")
            .setParameter(1, subscriptionId)
            .getSingleResult();
    return DeliveryQueue.offset(value);
  }

  /** Disables the subscription, saying why; a new version, as a change its owner did not make. */
  public void disable(UUID subscriptionId, String reason) {
    update(
        "UPDATE webhook_subscription SET enabled = false, disabled_at = now(),"
            + " disabled_reason = ?1, version = version + 1, updated_at = now()"
            + " WHERE id = ?2 AND enabled",
        reason,
        subscriptionId);
  }

  /** Queues a message again from its first attempt; answers whether there was one. */
  public boolean redeliver(UUID subscriptionId, String webhookId) {
    return update(
            "UPDATE webhook_message SET state = 'pending', attempts = 0, next_attempt_at = now(),"
                + " delivered_at = NULL WHERE subscription_id = ?1 AND webhook_id = ?2",
            subscriptionId,
            webhookId)
        == 1;
  }

  /** Queues again every message created since {@code since}; answers how many. */
  public int redeliverSince(UUID subscriptionId, OffsetDateTime since) {
    return update(
        "UPDATE webhook_message SET state = 'pending', attempts = 0, next_attempt_at = now(),"
            + " delivered_at = NULL WHERE subscription_id = ?1 AND created_at >= ?2",
        subscriptionId,
        since);
  }

  /** Deletes the messages delivered or given up before {@code before}; answers how many. */
  public int purgeBefore(OffsetDateTime before) {
    return update(
        "DELETE FROM webhook_message WHERE state <> 'pending' AND created_at < ?1", before);
  }

  /** Work on the caller's transaction's connection, with plain JDBC (batches). */
  private interface Work {
    void on(Connection connection) throws SQLException;
  }

  private void inTransaction(Work work) {
    try (Connection connection = dataSource.getConnection()) {
      work.on(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record webhook deliveries", e);
    }
  }

  // A null needs its type: PostgreSQL cannot tell it from the statement everywhere.
  private static Object integer(Integer value) {
    return new TypedParameterValue<>(StandardBasicTypes.INTEGER, value);
  }

  private static Object text(String value) {
    return new TypedParameterValue<>(StandardBasicTypes.STRING, value);
  }

  private int update(String sql, Object... params) {
    var query = entityManager.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    return query.executeUpdate();
  }
}
