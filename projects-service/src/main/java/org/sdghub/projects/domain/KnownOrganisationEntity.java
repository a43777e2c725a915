package org.sdghub.projects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A row of the local copy of the partner registry; written only from partner events, read as a
 * {@link KnownOrganisation}.
 */
@Entity
@Table(name = "known_organisation")
public class KnownOrganisationEntity {

  @Id public UUID id;

  public String identifier;

  // Bound as text, cast by PostgreSQL: no JSON type mapping of Hibernate's is involved.
  @Convert(converter = KnownOrganisationNamesConverter.class)
  @ColumnTransformer(write = "?::jsonb")
  public Map<String, String> names;

  public String acronym;

  public String type;

  public String kind;

  @Column(name = "headquarters_country")
  public String headquartersCountry;

  public boolean archived;

  @Column(name = "proposed_by")
  public UUID proposedBy;

  @Column(name = "merged_into")
  public UUID mergedInto;

  /** The registry's version, not an optimistic lock: events, not this service, decide it. */
  public long version;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "received_at")
  public Instant receivedAt;

  /** The organisation as the rest of the service sees it. */
  public KnownOrganisation toKnownOrganisation() {
    return new KnownOrganisation(
        id, identifier, Map.copyOf(names), acronym, type, kind, archived, proposedBy, mergedInto);
  }
}
