package org.sdghub.funding.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The queue of webhook messages in PostgreSQL, shared by every instance: claims take the first
 * pending message of each (subscription, ordering key) that is due, with {@code FOR UPDATE SKIP
 * LOCKED} and a lease, so that two instances never send one message at the same time. Must run
 * inside a transaction.
 */
@ApplicationScoped
public class DeliveryQueue {

  // The first pending message of each (subscription, ordering key) queue, one index probe per
  // queue (a loose index scan of webhook_message_queue): the cost follows the number of queues, not
  // the number of messages waiting in them, however long a failing receiver's backlog grows.
  private static final String HEADS =
      "WITH RECURSIVE heads AS ("
          + " (SELECT q.subscription_id, q.ordering_key, q.id FROM webhook_message q"
          + "  WHERE q.state = 'pending' ORDER BY q.subscription_id, q.ordering_key, q.seq LIMIT 1)"
          + " UNION ALL"
          + " SELECT n.subscription_id, n.ordering_key, n.id FROM heads h, LATERAL ("
          + "  SELECT q.subscription_id, q.ordering_key, q.id FROM webhook_message q"
          + "  WHERE q.state = 'pending'"
          + "  AND (q.subscription_id, q.ordering_key) > (h.subscription_id, h.ordering_key)"
          + "  ORDER BY q.subscription_id, q.ordering_key, q.seq LIMIT 1) n)";

  private static final String CLAIM =
      HEADS
          + ", claimed AS ("
          + " UPDATE webhook_message m SET lease_until = now() + make_interval(secs => ?1),"
          + " leased_by = ?2 WHERE m.id IN ("
          + "  SELECT c.id FROM webhook_message c"
          + "  JOIN webhook_subscription s ON s.id = c.subscription_id AND s.enabled"
          + "  WHERE c.id IN (SELECT h.id FROM heads h)"
          + "  AND c.state = 'pending' AND c.next_attempt_at <= now()"
          + "  AND (c.lease_until IS NULL OR c.lease_until < now())"
          + "  ORDER BY c.seq LIMIT ?3 FOR UPDATE OF c SKIP LOCKED)"
          + " RETURNING m.id, m.subscription_id, m.webhook_id, m.body, m.attempts, m.seq)"
          + " SELECT c.id, c.subscription_id, c.webhook_id, c.body, c.attempts, s.url, s.secret,"
          + " s.previous_secret, s.previous_secret_expires_at"
          + " FROM claimed c JOIN webhook_subscription s ON s.id = c.subscription_id"
          + " ORDER BY c.seq";

  private static final String UNTIL_NEXT_DUE =
      HEADS
          + " SELECT extract(epoch FROM min(GREATEST(c.next_attempt_at,"
          + " COALESCE(c.lease_until, c.next_attempt_at))) - now())::float8"
          + " FROM webhook_message c JOIN webhook_subscription s"
          + " ON s.id = c.subscription_id AND s.enabled"
          + " WHERE c.id IN (SELECT h.id FROM heads h)";

  // Mirrors the routing rules of DeliveryRouter: a change without a project (an exchange rate) to
  // all who asked; a filtered subscription when every filter given matches; else by organisation.
  private static final String ROUTE =
      "INSERT INTO webhook_message (id, subscription_id, event_id, webhook_id, event_type,"
          + " ordering_key, body, state, attempts, next_attempt_at, created_at)"
          + " SELECT gen_random_uuid(), s.id, ?, ?, ?, ?, ?, 'pending', 0, now(), now()"
          + " FROM webhook_subscription s"
          + " WHERE s.enabled AND s.event_types @> ARRAY[?::text]"
          + " AND CASE WHEN ? THEN true"
          + "  WHEN ?::uuid IS NULL THEN false"
          + "  WHEN cardinality(s.project_ids) > 0 OR cardinality(s.countries) > 0"
          + "   OR cardinality(s.sdg_goals) > 0 THEN"
          + "   (cardinality(s.project_ids) = 0 OR ?::uuid = ANY (s.project_ids))"
          + "   AND (cardinality(s.countries) = 0 OR s.countries && ?::text[])"
          + "   AND (cardinality(s.sdg_goals) = 0 OR s.sdg_goals && ?::integer[])"
          + "  ELSE s.organisation_id = ANY (?::uuid[]) END"
          + " ON CONFLICT (subscription_id, event_id) DO NOTHING";

  private final EntityManager entityManager;
  // Its connections inside a transaction are the transaction's, which Hibernate uses too.
  private final AgroalDataSource dataSource;

  DeliveryQueue(EntityManager entityManager, AgroalDataSource dataSource) {
    this.entityManager = entityManager;
    this.dataSource = dataSource;
  }

  /**
   * A change to queue for the subscriptions that should hear of it.
   *
   * @param toAllWhoAsked every subscription that asked for the type gets it, whatever its filters
   * @param projectId the project of the change, matched by a subscription's project filter
   * @param organisations without filters, the subscriptions of these organisations get it
   * @param countries matched by a subscription's country filter
   * @param sdgGoals matched by a subscription's SDG goal filter
   */
  public record Route(
      UUID eventId,
      String webhookId,
      String type,
      String orderingKey,
      String body,
      boolean toAllWhoAsked,
      UUID projectId,
      Set<UUID> organisations,
      Set<String> countries,
      Set<Integer> sdgGoals) {}

  /**
   * Queues a change for every enabled subscription that asked for its type and matches it (all
   * filters given, or the default routing by organisation); answers how many messages were queued.
   * One statement, whatever the number of subscriptions; it reads no entity, so nothing needs to be
   * flushed before it.
   */
  public int route(Route route) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(ROUTE)) {
      insert.setObject(1, route.eventId());
      insert.setString(2, route.webhookId());
      insert.setString(3, route.type());
      insert.setString(4, route.orderingKey());
      insert.setString(5, route.body());
      insert.setString(6, route.type());
      insert.setBoolean(7, route.toAllWhoAsked());
      insert.setObject(8, route.projectId());
      insert.setObject(9, route.projectId());
      insert.setArray(10, connection.createArrayOf("text", route.countries().toArray()));
      insert.setArray(11, connection.createArrayOf("integer", route.sdgGoals().toArray()));
      insert.setArray(12, connection.createArrayOf("uuid", route.organisations().toArray()));
      return insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not queue the webhooks of " + route.eventId(), e);
    }
  }

  /** Queues a message; answers false if this subscription already has one for this event. */
  public boolean enqueue(
      UUID subscriptionId, UUID eventId, String webhookId, String type, String key, String body) {
    return entityManager
            .createNativeQuery(
                "INSERT INTO webhook_message (id, subscription_id, event_id, webhook_id,"
                    + " event_type, ordering_key, body, state, attempts, next_attempt_at,"
                    + " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'pending', 0, now(), now())"
                    + " ON CONFLICT (subscription_id, event_id) DO NOTHING")
            .setParameter(1, UUID.randomUUID())
            .setParameter(2, subscriptionId)
            .setParameter(3, eventId)
            .setParameter(4, webhookId)
            .setParameter(5, type)
            .setParameter(6, key)
            .setParameter(7, body)
            .executeUpdate()
        == 1;
  }

  /** Claims up to {@code limit} due messages for {@code instance}, for {@code lease}. */
  @SuppressWarnings("unchecked")
  public List<ClaimedMessage> claim(int limit, String instance, Duration lease) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(CLAIM)
            .setParameter(1, lease.toMillis() / 1000.0)
            .setParameter(2, instance)
            .setParameter(3, limit)
            .getResultList();
    return rows.stream().map(DeliveryQueue::claimed).toList();
  }

  /**
   * How long until the first message of a queue is due or its lease runs out, if any is pending;
   * later messages wait for the first, whose outcome wakes the dispatcher.
   */
  public Optional<Duration> untilNextDue() {
    Object seconds = entityManager.createNativeQuery(UNTIL_NEXT_DUE).getSingleResult();
    return Optional.ofNullable((Number) seconds)
        .map(s -> Duration.ofMillis(Math.max(0, (long) (s.doubleValue() * 1000))));
  }

  private static ClaimedMessage claimed(Object[] row) {
    return new ClaimedMessage(
        (UUID) row[0],
        (UUID) row[1],
        (String) row[2],
        (String) row[3],
        ((Number) row[4]).intValue(),
        (String) row[5],
        (String) row[6],
        (String) row[7],
        offset(row[8]));
  }

  static OffsetDateTime offset(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime time) {
      return time;
    }
    if (value instanceof java.time.Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
  }
}
