package org.sdghub.funding.api;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of the delivery log, of messages, of redeliveries, pings and secret rotations. */
public final class DeliveryViews {

  private DeliveryViews() {}

  /** One delivery attempt. */
  @Schema(name = "WebhookDeliveryAttempt")
  public record Attempt(
      long id,
      String webhookId,
      int attempt,
      OffsetDateTime attemptedAt,
      @Schema(description = "The receiver's status; null when no answer came") Integer status,
      long durationMs,
      @Schema(description = "The start of the receiver's answer") String responseExcerpt,
      String error) {}

  /** One message queued for a subscription, and where its delivery stands. */
  @Schema(name = "WebhookMessage")
  public record Message(
      String webhookId,
      UUID eventId,
      String eventType,
      @Schema(enumeration = {"pending", "delivered", "failed"}) String state,
      int attempts,
      OffsetDateTime nextAttemptAt,
      OffsetDateTime createdAt,
      OffsetDateTime deliveredAt,
      Integer lastStatus,
      String lastError) {}

  /** Everything since this time is to be delivered again. */
  @Schema(name = "WebhookRedeliveryRequest")
  public record RedeliverSince(@NotNull OffsetDateTime since) {}

  /** How many messages were queued again. */
  @Schema(name = "WebhookRedelivery")
  public record Redelivery(int queued) {}

  /** The ping queued. */
  @Schema(name = "WebhookPing")
  public record Ping(String webhookId) {}

  /** A new secret, shown once; the old one still signs until {@code previousSecretExpiresAt}. */
  @Schema(name = "WebhookSecretRotation")
  public record SecretRotation(
      String secret, OffsetDateTime previousSecretExpiresAt, long version) {}
}
