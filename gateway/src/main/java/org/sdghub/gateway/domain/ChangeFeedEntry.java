package org.sdghub.gateway.domain;

import java.time.Instant;

/**
 * One event of the change feed as subscribers get it: its position in the gateway's log and the
 * CloudEvent's attributes and data (JSON text).
 *
 * @param id the position in the log, increasing in the order events were applied
 */
public record ChangeFeedEntry(
    long id,
    String eventId,
    String source,
    String type,
    String subject,
    Instant time,
    String data) {}
