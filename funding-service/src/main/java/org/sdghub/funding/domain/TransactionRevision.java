package org.sdghub.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One version of a transaction in its history: the full state, why it changed and who did it. */
@Entity
@Table(name = "transaction_revision")
public class TransactionRevision {

  @Id public UUID id;

  @Column(name = "transaction_id")
  public UUID transactionId;

  public long version;

  /** recorded, corrected, revalued or withdrawn. */
  public String change;

  @Column(name = "actor_org_id")
  public UUID actorOrganisationId;

  /** The actor's roles, comma-separated. */
  @Column(name = "actor_roles")
  public String actorRoles;

  @Column(name = "changed_at")
  public Instant changedAt;

  /** The transaction's state as its event carries it (JSON). */
  @ColumnTransformer(write = "?::jsonb")
  public String state;
}
