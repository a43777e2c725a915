package org.sdghub.platform.testing.events.things;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A consumer's local copy of a thing, with how many times an event was applied to it. */
@Entity
@Table(name = "event_test_thing_mirror")
public class ThingMirror extends PanacheEntityBase {

  @Id public String id;

  public String name;

  public long version;

  @Column(name = "applied_count")
  public int appliedCount;
}
