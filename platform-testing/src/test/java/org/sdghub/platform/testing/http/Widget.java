package org.sdghub.platform.testing.http;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Test-only entity behind the HTTP convention tests. */
@Entity
@Table(name = "test_widget")
public class Widget extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "organisation_id")
  public UUID organisationId;

  public String batch;

  @Column(name = "name_en")
  public String nameEn;

  @Column(name = "name_ru")
  public String nameRu;

  public int rank;

  @Column(name = "made_on")
  public LocalDate madeOn;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;
}
