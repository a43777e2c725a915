package org.sdghub.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.sdghub.funding.events.PublishedChange;

/** Fires changes as funding-service's own code does: synchronously, inside a transaction. */
@ApplicationScoped
public class ChangeFiring {

  private final Event<PublishedChange> changes;

  ChangeFiring(Event<PublishedChange> changes) {
    this.changes = changes;
  }

  @Transactional
  public void fire(PublishedChange... fired) {
    for (PublishedChange change : fired) {
      changes.fire(change);
    }
  }

  /** Fires the change, then the transaction fails and rolls back. */
  @Transactional
  public void fireAndFail(PublishedChange change) {
    changes.fire(change);
    throw new IllegalStateException("the change fails after it was fired");
  }
}
