package org.sdghub.projects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a project in its history: who made it, by which event, and what changed. */
@Entity
@Table(name = "project_history")
public class ProjectRevision {

  @Id public UUID id;

  @Column(name = "project_id")
  public UUID projectId;

  public long version;

  @Column(name = "occurred_at")
  public Instant occurredAt;

  @Column(name = "organisation_id")
  public UUID organisationId;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public String[] roles;

  @Column(name = "event_type")
  public String eventType;

  /** Why, when the caller said so (a status change's reason). */
  public String reason;

  /** The changed fields as a JSON array of {field, old, new}. */
  @ColumnTransformer(write = "?::jsonb")
  public String changes;

  /** A revision of {@code projectId} at {@code version}. */
  public static ProjectRevision of(
      UUID projectId,
      long version,
      Instant at,
      UUID organisationId,
      String[] roles,
      String eventType,
      String reason,
      String changes) {
    ProjectRevision revision = new ProjectRevision();
    revision.id = UUID.randomUUID();
    revision.projectId = projectId;
    revision.version = version;
    revision.occurredAt = at;
    revision.organisationId = organisationId;
    revision.roles = roles;
    revision.eventType = eventType;
    revision.reason = reason;
    revision.changes = changes;
    return revision;
  }
}
