package org.sdghub.funding.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sdghub.platform.Versioned;

/**
 * A subscription as its owner sees it. {@code secret} is present only in the answer to its
 * creation: it is shown once.
 */
@Schema(name = "WebhookSubscription")
public record SubscriptionView(
    UUID id,
    UUID organisationId,
    String url,
    String description,
    List<String> eventTypes,
    SubscriptionFilters filters,
    boolean enabled,
    @Schema(description = "How deliveries go: when and why it was disabled, the last answer")
        SubscriptionHealth health,
    @Schema(description = "Until when the secret before the last rotation still signs")
        OffsetDateTime previousSecretExpiresAt,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version,
    @Schema(description = "The signing secret, shown once: in the answer to the creation only")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String secret)
    implements Versioned {

  /** The same subscription with its secret, for the one answer that shows it. */
  public SubscriptionView withSecret(String shownOnce) {
    return new SubscriptionView(
        id,
        organisationId,
        url,
        description,
        eventTypes,
        filters,
        enabled,
        health,
        previousSecretExpiresAt,
        createdAt,
        updatedAt,
        version,
        shownOnce);
  }
}
