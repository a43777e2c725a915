package org.sdghub.gateway.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sdghub.gateway.domain.ApiKey;
import org.sdghub.gateway.domain.ApiKeySecret;
import org.sdghub.platform.Versioned;

/** A key just created: the only response that ever carries the secret, in {@code key}. */
public record IssuedApiKey(
    UUID id,
    UUID organisationId,
    String name,
    List<String> roles,
    String prefix,
    Integer requestsPerMinute,
    Instant createdAt,
    String createdBy,
    long version,
    String key)
    implements Versioned {

  /** The response for a stored key and its secret. */
  public static IssuedApiKey of(ApiKey stored, ApiKeySecret secret) {
    return new IssuedApiKey(
        stored.id,
        stored.organisationId,
        stored.name,
        List.of(stored.roles),
        stored.prefix,
        stored.requestsPerMinute,
        stored.createdAt,
        stored.createdBy,
        stored.version,
        secret.reveal());
  }
}
