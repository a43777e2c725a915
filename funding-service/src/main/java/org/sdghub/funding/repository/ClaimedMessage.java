package org.sdghub.funding.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A message this instance has claimed for one delivery attempt, with what is needed to send it.
 *
 * @param attempts the attempts made before this one
 * @param secret the current secret, sealed
 * @param previousSecret the secret before the last rotation, sealed; null if none
 * @param previousSecretExpiresAt until when the previous secret signs
 */
public record ClaimedMessage(
    UUID id,
    UUID subscriptionId,
    String webhookId,
    String body,
    int attempts,
    String url,
    String secret,
    String previousSecret,
    OffsetDateTime previousSecretExpiresAt) {}
