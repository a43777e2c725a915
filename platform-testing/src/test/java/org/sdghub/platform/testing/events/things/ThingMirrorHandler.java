package org.sdghub.platform.testing.events.things;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.sdghub.platform.EventHandler;
import org.sdghub.platform.ReceivedEvent;

/**
 * Keeps {@link ThingMirror} up to date from thing events, counting each application; an event whose
 * data says {@code failUntilHealed} fails until the test heals its thing, and one that says {@code
 * errorUntilHealed} throws an {@link Error} until then; one that says {@code impatient} waits for a
 * row lock at most 50 ms.
 */
@ApplicationScoped
public class ThingMirrorHandler implements EventHandler {

  private final Healing healing;

  ThingMirrorHandler(Healing healing) {
    this.healing = healing;
  }

  @Override
  public Set<String> types() {
    return Set.of(ThingService.CHANGED);
  }

  @Override
  public void apply(ReceivedEvent event) {
    JsonNode data = event.data();
    if (data.path("failUntilHealed").asBoolean(false) && !healing.isHealed(event.subject())) {
      throw new IllegalStateException("Thing " + event.subject() + " is poisoned");
    }
    if (data.path("errorUntilHealed").asBoolean(false) && !healing.isHealed(event.subject())) {
      // What a handler's own bug looks like: not an exception but an Error.
      throw new AssertionError("Thing " + event.subject() + " breaks its handler");
    }
    if (data.path("impatient").asBoolean(false)) {
      // Waits for a row lock no longer than this: a lock held elsewhere fails the transaction.
      ThingMirror.getEntityManager()
          .createNativeQuery("SET LOCAL lock_timeout = '50ms'")
          .executeUpdate();
    }
    ThingMirror mirror = ThingMirror.findById(event.subject());
    if (mirror == null) {
      mirror = new ThingMirror();
      mirror.id = event.subject();
    }
    mirror.name = data.path("name").asText();
    mirror.version = data.path("version").asLong();
    mirror.appliedCount++;
    mirror.persist();
  }
}
