package org.sdghub.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One message queued for one subscription: the exact body that is signed and sent, and where its
 * delivery stands. The dispatcher writes it with SQL of its own (claims, outcomes); this mapping
 * reads it.
 */
@Entity
@Table(name = "webhook_message")
public class WebhookMessage {

  /** Still to be delivered (or being delivered now). */
  public static final String PENDING = "pending";

  /** Delivered: the receiver answered 2xx. */
  public static final String DELIVERED = "delivered";

  /** Given up: every attempt of the schedule failed, or the receiver answered 410. */
  public static final String FAILED = "failed";

  @Id public UUID id;

  @Column(insertable = false, updatable = false)
  public long seq;

  @Column(name = "subscription_id")
  public UUID subscriptionId;

  @Column(name = "event_id")
  public UUID eventId;

  @Column(name = "webhook_id")
  public String webhookId;

  @Column(name = "event_type")
  public String eventType;

  @Column(name = "ordering_key")
  public String orderingKey;

  public String body;

  public String state;

  public int attempts;

  @Column(name = "next_attempt_at")
  public OffsetDateTime nextAttemptAt;

  @Column(name = "last_status")
  public Integer lastStatus;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Column(name = "delivered_at")
  public OffsetDateTime deliveredAt;

  /** The {@code webhook-id} of an event's messages: the same for every attempt and subscriber. */
  public static String webhookIdOf(UUID eventId) {
    return "msg_" + eventId.toString().replace("-", "");
  }
}
