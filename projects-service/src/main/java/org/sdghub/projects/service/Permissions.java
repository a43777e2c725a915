package org.sdghub.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import org.sdghub.platform.Caller;
import org.sdghub.platform.Forbidden;
import org.sdghub.platform.Role;
import org.sdghub.projects.domain.ParticipantRole;
import org.sdghub.projects.domain.ProjectContent;

/**
 * Who may do what with projects, in one place. Resources call {@link #requireReader} or {@link
 * #requireWriter} first; the services, once they have the stored project, call the object-level
 * checks. A caller that passes none is refused (403), as is a token without a role SDG Hub knows.
 */
@ApplicationScoped
public class Permissions {

  private final Caller caller;

  Permissions(Caller caller) {
    this.caller = caller;
  }

  /** Every authenticated caller with a known role reads projects. */
  public void requireReader() {
    caller.requireRole(Role.values());
  }

  /** Coordinators and partners write projects (which ones, the object-level checks decide). */
  public Actor requireWriter() {
    caller.requireRole(Role.COORDINATOR, Role.PARTNER);
    return new Actor(caller.organisationId(), caller.roles());
  }

  /**
   * A coordinator creates any project; a partner one whose reporting organisation is its own and on
   * which its own organisation is accountable.
   */
  public void checkCreate(Actor actor, ProjectContent project) {
    if (actor.coordinator()) {
      return;
    }
    if (isPartner(actor)
        && actor.organisationId().equals(project.reportingOrganisationId())
        && project.hasParticipant(actor.organisationId(), ParticipantRole.ACCOUNTABLE)) {
      return;
    }
    throw new Forbidden(
        "A partner creates projects whose reporting organisation is its own organisation and that"
            + " list its own organisation as accountable.");
  }

  /**
   * A coordinator changes any project; a partner only one on which its organisation is, as stored,
   * the reporting organisation or an accountable one.
   */
  public void checkChange(Actor actor, ProjectContent stored) {
    if (actor.coordinator()) {
      return;
    }
    if (isPartner(actor)
        && (actor.organisationId().equals(stored.reportingOrganisationId())
            || stored.hasParticipant(actor.organisationId(), ParticipantRole.ACCOUNTABLE))) {
      return;
    }
    throw new Forbidden(
        "A partner changes only projects on which its organisation is the reporting or an"
            + " accountable organisation.");
  }

  /** Only a coordinator changes a project's reporting organisation. */
  public void checkReportingKept(Actor actor, ProjectContent stored, ProjectContent requested) {
    if (!actor.coordinator()
        && !Objects.equals(stored.reportingOrganisationId(), requested.reportingOrganisationId())) {
      throw new Forbidden("Only a coordinator changes a project's reporting organisation.");
    }
  }

  private static boolean isPartner(Actor actor) {
    return actor.roles().contains(Role.PARTNER);
  }
}
