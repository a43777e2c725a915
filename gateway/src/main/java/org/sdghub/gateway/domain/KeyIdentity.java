package org.sdghub.gateway.domain;

import java.util.Set;
import java.util.UUID;
import org.sdghub.platform.Role;

/**
 * Who an authenticated API key speaks for (what the internal token tells the services), and its own
 * rate limit in requests per minute ({@code null}: the gateway's default).
 */
public record KeyIdentity(
    UUID keyId, UUID organisationId, Set<Role> roles, Integer requestsPerMinute) {

  public KeyIdentity {
    roles = Set.copyOf(roles);
  }
}
