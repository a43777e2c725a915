package org.sdghub.platform;

import java.util.UUID;

/**
 * Records an event in the same database transaction as the state change it reports; the platform's
 * relay publishes it to the service's topic ({@code sdghub.events.topic}) after the commit.
 *
 * <p>Call it from the service method that changes the state, inside that method's transaction,
 * after the change. A rolled-back transaction leaves no event behind; a committed one is published
 * at least once, in order per aggregate.
 */
public interface Outbox {

  /**
   * Appends the event to the caller's transaction.
   *
   * @return the id of the CloudEvent that will be published
   * @throws IllegalStateException outside an active transaction, or when the service has no topic
   *     configured
   * @throws IllegalArgumentException when the data does not match {@code events/<type>.schema.json}
   *     (checked unless {@code sdghub.events.validate-on-append=false})
   */
  UUID append(DomainEvent event);
}
