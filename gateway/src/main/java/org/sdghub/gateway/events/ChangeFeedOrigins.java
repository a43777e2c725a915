package org.sdghub.gateway.events;

import org.sdghub.gateway.service.ReadModelUpdates.Origin;
import org.sdghub.platform.ReceivedEvent;

/** The change feed's record of a received CloudEvent. */
final class ChangeFeedOrigins {

  private ChangeFeedOrigins() {}

  static Origin of(ReceivedEvent event) {
    return new Origin(
        event.id(),
        event.source(),
        event.type(),
        event.subject(),
        event.time().toInstant(),
        event.data().toString());
  }
}
