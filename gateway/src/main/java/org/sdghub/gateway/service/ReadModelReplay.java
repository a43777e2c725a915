package org.sdghub.gateway.service;

import java.util.Set;
import org.sdghub.platform.ReceivedEvent;

/**
 * A read-model handler as a rebuild drives it: the event's state applied to the read model only (no
 * change feed), in the caller's transaction. Each inbox handler of the read model implements it
 * (organisations, projects, funding).
 */
public interface ReadModelReplay {

  /** The event types it replays. */
  Set<String> types();

  /** Applies the event's state, keeping it only when newer than the one held. */
  void replay(ReceivedEvent event);
}
