package org.sdghub.gateway.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sdghub.gateway.domain.ApiKey;
import org.sdghub.platform.Versioned;

/** An API key as listed: everything but its secret, which is never shown again. */
public record ApiKeyView(
    UUID id,
    UUID organisationId,
    String name,
    List<String> roles,
    String prefix,
    Integer requestsPerMinute,
    Instant createdAt,
    String createdBy,
    Instant revokedAt,
    String revokedBy,
    long version)
    implements Versioned {

  /** The view of a stored key. */
  public static ApiKeyView of(ApiKey key) {
    return new ApiKeyView(
        key.id,
        key.organisationId,
        key.name,
        List.of(key.roles),
        key.prefix,
        key.requestsPerMinute,
        key.createdAt,
        key.createdBy,
        key.revokedAt,
        key.revokedBy,
        key.version);
  }
}
