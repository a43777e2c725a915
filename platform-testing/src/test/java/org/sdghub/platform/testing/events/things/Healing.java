package org.sdghub.platform.testing.events.things;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Which things' poison events the tests have "fixed", so that a replay of them succeeds. */
@ApplicationScoped
public class Healing {

  private final Set<String> healed = ConcurrentHashMap.newKeySet();

  public void heal(String thingId) {
    healed.add(thingId);
  }

  boolean isHealed(String thingId) {
    return healed.contains(thingId);
  }
}
