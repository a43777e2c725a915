package org.sdghub.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sdghub.platform.Role;

/** An API key as stored: its owner, roles, visible prefix and the hash of its secret. */
@Entity
@Table(name = "api_key")
public class ApiKey {

  @Id public UUID id;

  @Column(name = "organisation_id", nullable = false)
  public UUID organisationId;

  @Column(nullable = false)
  public String name;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public String[] roles;

  @Column(nullable = false)
  public String prefix;

  @Column(name = "secret_hash", nullable = false)
  public byte[] secretHash;

  /** Null: the gateway's default. */
  @Column(name = "requests_per_minute")
  public Integer requestsPerMinute;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "revoked_by")
  public String revokedBy;

  @Version public long version;

  /** A new, active key for this secret, with the gateway's default rate limit. */
  public static ApiKey issue(
      ApiKeySecret secret, UUID organisationId, String name, Set<Role> roles, String createdBy) {
    return issue(secret, organisationId, name, roles, null, createdBy);
  }

  /** A new, active key for this secret, with its own rate limit unless {@code null}. */
  public static ApiKey issue(
      ApiKeySecret secret,
      UUID organisationId,
      String name,
      Set<Role> roles,
      Integer requestsPerMinute,
      String createdBy) {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("A key has at least one role");
    }
    ApiKey key = new ApiKey();
    key.id = UUID.randomUUID();
    key.organisationId = organisationId;
    key.name = name;
    key.roles = roles.stream().map(Role::claimValue).sorted().toArray(String[]::new);
    key.prefix = secret.prefix();
    key.secretHash = secret.hash();
    key.requestsPerMinute = requestsPerMinute;
    key.createdAt = Instant.now();
    key.createdBy = createdBy;
    return key;
  }

  /** Whether the key still opens the door. */
  public boolean isActive() {
    return revokedAt == null;
  }

  /** Revokes the key for good; revoking a revoked key changes nothing. */
  public void revoke(String by) {
    if (isActive()) {
      revokedAt = Instant.now();
      revokedBy = by;
    }
  }

  /** The roles as the platform knows them. */
  public Set<Role> roleSet() {
    return Arrays.stream(roles)
        .map(Role::fromClaim)
        .flatMap(Optional::stream)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  /** Who holds the key, for the services' token. */
  public KeyIdentity identity() {
    return new KeyIdentity(id, organisationId, roleSet(), requestsPerMinute);
  }
}
