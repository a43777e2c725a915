package org.sdghub.platform.testing.events.things;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.Outbox;

/** Changes things the way services change their aggregates: state and event in one transaction. */
@ApplicationScoped
public class ThingService {

  public static final String CHANGED = "org.sdghub.platformtest.thing.changed.v1";

  private final Outbox outbox;

  ThingService(Outbox outbox) {
    this.outbox = outbox;
  }

  /** Creates or renames a thing; returns its id. */
  @Transactional
  public String rename(String id, String name) {
    change(id, name);
    return id;
  }

  /** Renames every thing, in one transaction. */
  @Transactional
  public void renameAll(List<String> ids, String name) {
    ids.forEach(id -> change(id, name));
  }

  /** Renames a thing, then fails, so that its transaction rolls back. */
  @Transactional
  public void renameThenFail(String id, String name) {
    change(id, name);
    throw new SimulatedFailure();
  }

  private void change(String id, String name) {
    Thing thing = Thing.findById(id);
    if (thing == null) {
      thing = new Thing();
      thing.id = id;
    }
    thing.name = name;
    // Flushing gives the new version, which becomes the event's sequence.
    thing.persistAndFlush();
    outbox.append(
        new DomainEvent(CHANGED, id, thing.version, new ThingChanged(id, name, thing.version)));
  }

  /** The failure that {@link #renameThenFail} throws. */
  public static class SimulatedFailure extends RuntimeException {
    SimulatedFailure() {
      super("Simulated failure after the change");
    }
  }
}
