package org.sdghub.projects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A project row: its content as JSON (the source of truth), the document the API reads, and the
 * columns the list filters and sorts by, all written together from one {@link ProjectContent}.
 */
@Entity
@Table(name = "project")
public class Project {

  @Id public UUID id;

  @Column(name = "iati_identifier")
  public String iatiIdentifier;

  @Column(name = "iati_identifier_key")
  public String iatiIdentifierKey;

  @Column(name = "reporting_organisation_id")
  public UUID reportingOrganisationId;

  @Enumerated(EnumType.STRING)
  public ActivityStatus status;

  @Column(name = "planned_start")
  public LocalDate plannedStart;

  @Column(name = "active_start")
  public LocalDate activeStart;

  @Column(name = "active_end")
  public LocalDate activeEnd;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public String[] countries;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "admin_areas")
  public String[] adminAreas;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "sdg_targets")
  public String[] sdgTargets;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "sdg_goals")
  public Integer[] sdgGoals;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "organisation_roles")
  public String[] organisationRoles;

  /** The {@link ProjectContent} as JSON. */
  @ColumnTransformer(write = "?::jsonb")
  public String content;

  /** The project as the API reads it, as JSON, participants' names left out. */
  @ColumnTransformer(write = "?::jsonb")
  public String document;

  @Version public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** A new project; {@link #write} gives it its content. */
  public static Project create(UUID id, Instant now) {
    Project project = new Project();
    project.id = id;
    project.createdAt = now;
    return project;
  }

  /**
   * The key that makes IATI identifiers unique whatever their letter case; null for a project
   * without one.
   */
  public static String identifierKey(String iatiIdentifier) {
    return iatiIdentifier == null ? null : iatiIdentifier.toUpperCase(Locale.ROOT);
  }

  /**
   * The version this project will have once the change being written is flushed (0 for a new one):
   * the document and the event carry it.
   */
  public long nextVersion(boolean isNew) {
    return isNew ? 0 : version + 1;
  }

  /** Writes the content, its JSON, the API document and every column derived from the content. */
  public void write(ProjectContent c, String contentJson, String documentJson, Instant now) {
    iatiIdentifier = c.iatiIdentifier();
    iatiIdentifierKey = identifierKey(c.iatiIdentifier());
    reportingOrganisationId = c.reportingOrganisationId();
    status = c.status();
    plannedStart = c.dates().plannedStart();
    activeStart = c.dates().activeStart();
    activeEnd = c.dates().activeEnd();
    countries = c.countries().toArray(String[]::new);
    adminAreas = c.adminAreas().toArray(String[]::new);
    sdgTargets = c.sdgTargets().toArray(String[]::new);
    sdgGoals = c.sdgGoals().toArray(Integer[]::new);
    organisationRoles = c.organisationRoleKeys().toArray(String[]::new);
    content = contentJson;
    document = documentJson;
    updatedAt = now;
  }
}
