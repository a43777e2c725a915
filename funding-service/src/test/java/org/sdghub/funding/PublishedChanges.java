package org.sdghub.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sdghub.funding.events.PublishedChange;

/** Records every change the service fires for the webhooks, as their observer would see it. */
@ApplicationScoped
public class PublishedChanges {

  private final List<PublishedChange> seen = new CopyOnWriteArrayList<>();

  void observe(@Observes PublishedChange change) {
    seen.add(change);
  }

  /** The changes fired about this subject, in order. */
  public List<PublishedChange> about(String subject) {
    return seen.stream().filter(c -> c.subject().equals(subject)).toList();
  }
}
