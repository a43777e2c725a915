package org.sdghub.platform;

import java.time.OffsetDateTime;

/**
 * An event the inbox consumer gave up on and parked, shown to operators through {@link
 * DeadLetters}.
 *
 * @param id the dead letter's own id, used to replay it
 * @param eventId the CloudEvent id, or null if the message was not a readable CloudEvent
 * @param type the CloudEvent type, or null if unreadable
 * @param source the CloudEvent source, or null if unreadable
 * @param subject the CloudEvent subject, or null if unreadable
 * @param topic the Kafka topic it came from
 * @param partition the Kafka partition it came from
 * @param offset its Kafka offset
 * @param message the message as received (UTF-8 text)
 * @param error why it failed, the last time it was tried
 * @param attempts how many times it was tried
 * @param parkedAt when it was parked (or last failed a replay)
 */
public record DeadLetter(
    long id,
    String eventId,
    String type,
    String source,
    String subject,
    String topic,
    int partition,
    long offset,
    String message,
    String error,
    int attempts,
    OffsetDateTime parkedAt) {}
