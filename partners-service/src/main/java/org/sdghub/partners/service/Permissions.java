package org.sdghub.partners.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.sdghub.partners.domain.Organisation;
import org.sdghub.platform.Caller;
import org.sdghub.platform.Forbidden;
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

  /**
   * Coordinators register organisations; partners propose them (the use case tells the two apart).
   * Donors and viewers do neither.
   */
  public Actor requireRegistrarOrProposer() {
    caller.requireRole(Role.COORDINATOR, Role.PARTNER);
    return actor();
  }

  /** Coordinators alone register, confirm, merge and archive organisations. */
  public Actor requireCoordinator() {
    caller.requireRole(Role.COORDINATOR);
    return actor();
  }

  /**
   * The roles that may edit some profile: coordinators, partners and donors; which profile is
   * decided by {@link #requireProfileEditor(Actor, Organisation)} once it is read.
   */
  public Actor requireProfileEditorRole() {
    caller.requireRole(Role.COORDINATOR, Role.PARTNER, Role.DONOR);
    return actor();
  }

  /**
   * Coordinators edit any profile; a partner or donor edits its own organisation's (the token's
   * organisation is the organisation edited), and a partner the proposals it made while they await
   * confirmation.
   */
  public void requireProfileEditor(Actor actor, Organisation organisation) {
    if (!actor.coordinator()
        && !actor.organisationId().equals(organisation.id)
        && !isOpenProposalOf(actor, organisation)) {
      throw new Forbidden("This belongs to another organisation.");
    }
  }

  /**
   * The identifier and the kind say who an organisation is: its own staff cannot redefine them, but
   * coordinators can, and so can the proposer of an unconfirmed proposal (it set them).
   */
  public boolean mayChangeIdentity(Actor actor, Organisation organisation) {
    return actor.coordinator() || isOpenProposalOf(actor, organisation);
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

  private static boolean isOpenProposalOf(Actor actor, Organisation organisation) {
    return actor.partner()
        && organisation.isProposed()
        && actor.organisationId().equals(organisation.proposedBy);
  }

  private Actor actor() {
    return new Actor(
        caller.organisationId(), caller.hasRole(Role.COORDINATOR), caller.hasRole(Role.PARTNER));
  }
}
