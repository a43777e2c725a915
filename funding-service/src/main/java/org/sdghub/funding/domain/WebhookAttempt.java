package org.sdghub.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One delivery attempt of a message, as the delivery log shows it. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

  @Id public long id;

  @Column(name = "message_id")
  public UUID messageId;

  @Column(name = "subscription_id")
  public UUID subscriptionId;

  @Column(name = "webhook_id")
  public String webhookId;

  public int attempt;

  @Column(name = "attempted_at")
  public OffsetDateTime attemptedAt;

  /** The receiver's HTTP status; null when no answer came (refused, unreachable, timed out). */
  public Integer status;

  @Column(name = "duration_ms")
  public int durationMs;

  @Column(name = "response_excerpt")
  public String responseExcerpt;

  public String error;
}
