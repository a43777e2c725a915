package org.sdghub.platform;

import java.time.OffsetDateTime;

/**
 * An outbox row the relay parked because the broker refused it for a reason of its own (too large,
 * say), shown to operators through {@link ParkedEvents}. The rows behind it were published.
 *
 * @param id the outbox row's id, used to replay it
 * @param eventId the CloudEvent id
 * @param type the CloudEvent type
 * @param topic the topic it is for
 * @param aggregateId the aggregate it reports on (the Kafka key)
 * @param sequence the aggregate's version it reports
 * @param bytes the size of the CloudEvent as it would be sent
 * @param attempts how many times the broker refused it
 * @param error why, the last time
 * @param createdAt when it was written, with the state change it reports
 * @param parkedAt when it was parked
 */
public record ParkedEvent(
    long id,
    String eventId,
    String type,
    String topic,
    String aggregateId,
    long sequence,
    int bytes,
    int attempts,
    String error,
    OffsetDateTime createdAt,
    OffsetDateTime parkedAt) {}
