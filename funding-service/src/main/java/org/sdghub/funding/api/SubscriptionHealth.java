package org.sdghub.funding.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a subscription's deliveries go.
 *
 * @param disabledAt when it was disabled (410 Gone, or failing too long); null while enabled
 * @param disabledReason why
 * @param lastStatus the receiver's last HTTP status; null if none came
 * @param lastError what went wrong last, if the last attempt failed
 * @param failingSince since when it fails without a success; null while healthy
 */
@Schema(name = "WebhookSubscriptionHealth")
public record SubscriptionHealth(
    OffsetDateTime disabledAt,
    String disabledReason,
    Integer lastStatus,
    String lastError,
    OffsetDateTime lastAttemptAt,
    OffsetDateTime lastSuccessAt,
    OffsetDateTime failingSince) {}
