package org.sdghub.platform.testing.events.things;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.sdghub.platform.EventHandler;
import org.sdghub.platform.ReceivedEvent;

/**
 * Keeps {@link ThingMirror} up to date from thing events, counting each application; an event whose
 * data says {@code failUntilHealed} fails until the test heals its thing.
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
