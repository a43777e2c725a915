package org.sdghub.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A donor system's webhook subscription row. The dispatcher writes the delivery health columns
 * itself without changing the version, so updates write only the columns they change.
 */
@Entity
@Table(name = "webhook_subscription")
@DynamicUpdate
public class WebhookSubscription {

  @Id public UUID id;

  @Column(name = "organisation_id")
  public UUID organisationId;

  public String url;

  public String description;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "event_types")
  public String[] eventTypes;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "project_ids")
  public UUID[] projectIds;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public String[] countries;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "sdg_goals")
  public Integer[] sdgGoals;

  /** The current signing secret, sealed. */
  public String secret;

  /** The secret before the last rotation, sealed; signs too until it expires. */
  @Column(name = "previous_secret")
  public String previousSecret;

  @Column(name = "previous_secret_expires_at")
  public OffsetDateTime previousSecretExpiresAt;

  public boolean enabled;

  @Column(name = "disabled_at")
  public OffsetDateTime disabledAt;

  @Column(name = "disabled_reason")
  public String disabledReason;

  @Column(name = "last_status")
  public Integer lastStatus;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "last_attempt_at")
  public OffsetDateTime lastAttemptAt;

  @Column(name = "last_success_at")
  public OffsetDateTime lastSuccessAt;

  @Column(name = "failing_since")
  public OffsetDateTime failingSince;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Version public long version;

  /** Whether any filter is set: then the filters, not the default routing, decide. */
  public boolean filtered() {
    return projectIds.length > 0 || countries.length > 0 || sdgGoals.length > 0;
  }
}
