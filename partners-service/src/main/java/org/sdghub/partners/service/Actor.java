package org.sdghub.partners.service;

import java.util.UUID;

/**
 * Who performs a change, as far as the use cases care: the caller's organisation, whether it is a
 * coordinator (who may change any organisation's identity and override the duplicate check), and
 * whether it is a partner (who may propose organisations and edit its own proposals).
 */
public record Actor(UUID organisationId, boolean coordinator, boolean partner) {

  /** An actor that is not a partner. */
  public Actor(UUID organisationId, boolean coordinator) {
    this(organisationId, coordinator, false);
  }
}
