package org.sdghub.platform.internal.inbox;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sdghub.platform.EventHandler;

/**
 * The service's event handlers by the type they apply; two handlers for one type fail the start.
 */
@ApplicationScoped
public class HandlerRegistry {

  private final Map<String, EventHandler> byType = new HashMap<>();

  HandlerRegistry(@All List<EventHandler> handlers) {
    for (EventHandler handler : handlers) {
      for (String type : handler.types()) {
        EventHandler previous = byType.putIfAbsent(type, handler);
        if (previous != null) {
          throw new IllegalStateException(
              "Two event handlers for "
                  + type
                  + ": "
                  + previous.getClass().getName()
                  + " and "
                  + handler.getClass().getName());
        }
      }
    }
  }

  public Optional<EventHandler> handlerOf(String type) {
    return Optional.ofNullable(byType.get(type));
  }

  public Set<String> types() {
    return Set.copyOf(byType.keySet());
  }
}
