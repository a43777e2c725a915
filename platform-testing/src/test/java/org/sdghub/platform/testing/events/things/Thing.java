package org.sdghub.platform.testing.events.things;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A test aggregate whose changes are published through the outbox. */
@Entity
@Table(name = "event_test_thing")
public class Thing extends PanacheEntityBase {

  @Id public String id;

  public String name;

  @Version public long version;
}
