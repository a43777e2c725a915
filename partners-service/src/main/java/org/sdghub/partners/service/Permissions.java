package org.sdghub.partners.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.sdghub.platform.Caller;
import org.sdghub.platform.Role;

/**
 * Who may do what in the registry, in one place; every resource method starts with one of these
 * checks, and a caller that passes none is refused (403), as is a token without a role SDG Hub
 * knows.
 */
@ApplicationScoped
public class Permissions {

  private final Caller caller;

  Permissions(Caller caller) {
    this.caller = caller;
  }

  /** Every authenticated caller with a known role reads organisations. */
  public void requireReader() {
    caller.requireRole(Role.values());
  }

  /** Coordinators alone register and archive organisations. */
  public Actor requireCoordinator() {
    caller.requireRole(Role.COORDINATOR);
    return actor();
  }

  /**
   * Coordinators edit any profile; a partner or donor edits its own organisation's (the token's
   * organisation is the organisation edited).
   */
  public Actor requireProfileEditor(UUID organisationId) {
    return requireOwnOrCoordinator(organisationId);
  }

  /**
   * Contacts are personal data: coordinators, and partners or donors of the organisation itself,
   * see and keep them; viewers never do.
   */
  public Actor requireContactKeeper(UUID organisationId) {
    return requireOwnOrCoordinator(organisationId);
  }

  private Actor requireOwnOrCoordinator(UUID organisationId) {
    caller.requireRole(Role.COORDINATOR, Role.PARTNER, Role.DONOR);
    caller.requireOrganisation(organisationId);
    return actor();
  }

  private Actor actor() {
    return new Actor(caller.organisationId(), caller.hasRole(Role.COORDINATOR));
  }
}
