package org.sdghub.partners.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.sdghub.partners.api.OrganisationView;
import org.sdghub.partners.domain.Organisation;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.Outbox;

/**
 * Writes an organisation's event to the outbox, with its full state; must run inside the
 * transaction of the change, after the change is flushed (so the version is the one written).
 */
@ApplicationScoped
class OrganisationPublisher {

  private final Outbox outbox;

  OrganisationPublisher(Outbox outbox) {
    this.outbox = outbox;
  }

  /** Appends the event of {@code type} about {@code organisation}; answers its view. */
  OrganisationView publish(String type, Organisation organisation) {
    outbox.append(
        new DomainEvent(
            type,
            organisation.id.toString(),
            organisation.version,
            OrganisationConversions.toState(organisation)));
    return OrganisationConversions.toView(organisation);
  }
}
