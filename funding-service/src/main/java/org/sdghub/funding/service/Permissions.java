package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.sdghub.funding.domain.ProjectCopy;
import org.sdghub.funding.domain.TransactionType;
import org.sdghub.platform.Caller;
import org.sdghub.platform.Forbidden;
import org.sdghub.platform.Role;

/**
 * Who may do what with funding, in one place, default deny. Resources call {@link #requireReader},
 * {@link #requireRecorder} or {@link #requireCoordinator} first; the services call {@link
 * #checkTransaction} with the project once they have it, before anything is written.
 */
@ApplicationScoped
public class Permissions {

  private static final Set<TransactionType> PARTNER_ON_OWN_PROJECT =
      Set.of(TransactionType.INCOMING_FUNDS, TransactionType.EXPENDITURE);
  private static final Set<TransactionType> PARTNER_AS_PROVIDER =
      Set.of(TransactionType.OUTGOING_COMMITMENT, TransactionType.DISBURSEMENT);

  private final Caller caller;

  Permissions(Caller caller) {
    this.caller = caller;
  }

  /** Every authenticated caller with a role SDG Hub knows reads transactions, rates, summaries. */
  public void requireReader() {
    caller.requireRole(Role.values());
  }

  /** Coordinators, donors and partners record transactions (which ones, see checkTransaction). */
  public Actor requireRecorder() {
    caller.requireRole(Role.COORDINATOR, Role.DONOR, Role.PARTNER);
    return actor();
  }

  /** Only coordinators load exchange rates and revalue transactions. */
  public Actor requireCoordinator() {
    caller.requireRole(Role.COORDINATOR);
    return actor();
  }

  /**
   * A coordinator records any transaction; a donor one whose provider is its own organisation; a
   * partner incoming funds and expenditure on a project its organisation reports or is accountable
   * for, and commitments and disbursements whose provider is its own organisation.
   */
  public void checkTransaction(
      Actor actor, TransactionType type, ProjectCopy project, UUID provider) {
    if (actor.coordinator()) {
      return;
    }
    UUID own = actor.organisationId();
    if (actor.has(Role.DONOR) && own.equals(provider)) {
      return;
    }
    if (actor.has(Role.PARTNER)) {
      if (PARTNER_ON_OWN_PROJECT.contains(type) && project.reportedOrAccountableBy(own)) {
        return;
      }
      if (PARTNER_AS_PROVIDER.contains(type) && own.equals(provider)) {
        return;
      }
    }
    throw new Forbidden(
        "A donor records transactions its organisation provides; a partner records incoming"
            + " funds and expenditure on projects its organisation reports or is accountable for,"
            + " and commitments and disbursements its organisation provides.");
  }

  private Actor actor() {
    return new Actor(caller.organisationId(), caller.roles());
  }
}
