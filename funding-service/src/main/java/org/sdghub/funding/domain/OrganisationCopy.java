package org.sdghub.funding.domain;

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
 * An organisation of the partner registry as its events last described it; written only by them.
 */
@Entity
@Table(name = "organisation_copy")
public class OrganisationCopy {

  @Id public UUID id;

  @Convert(converter = JsonColumns.Texts.class)
  @ColumnTransformer(write = "?::jsonb")
  public Map<String, String> names;

  public String kind;

  public String type;

  public boolean archived;

  /** The organisation this one was merged into in the partner registry, or null. */
  @Column(name = "merged_into")
  public UUID mergedInto;

  /** The registry's version, decided by its events. */
  public long version;

  @Column(name = "received_at")
  public Instant receivedAt;
}
