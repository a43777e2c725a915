package org.sdghub.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.sdghub.platform.Caller;
import org.sdghub.platform.Forbidden;
import org.sdghub.platform.Role;
import org.sdghub.projects.domain.ProjectContent;

/**
 * Who may do what with projects, in one place. Resources call {@link #requireReader}, {@link
 * #requireWriter} or {@link #requireAnswerer} first; the services, once they have the stored
 * project, call the object-level checks. A caller that passes none is refused (403), as is a token
 * without a role SDG Hub knows.
 *
 * <p>The reporting organisation owns its project, as in IATI, where the reporting organisation
 * publishes the activity: it changes and deletes it and names its editors, who may change it too.
 * Being listed as a participant, in any role, grants no rights; a listed organisation only answers
 * for its own listing. Coordinators may do anything.
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
    return actor();
  }

  /**
   * Coordinators, partners and donors answer for listings (which ones, {@link #checkAnswer}
   * decides): a donor is listed as funding the projects it funds.
   */
  public Actor requireAnswerer() {
    caller.requireRole(Role.COORDINATOR, Role.PARTNER, Role.DONOR);
    return actor();
  }

  /**
   * A coordinator creates any project; a partner one whose reporting organisation is its own, in
   * whatever role it takes part.
   */
  public void checkCreate(Actor actor, ProjectContent project) {
    if (actor.coordinator()) {
      return;
    }
    if (isPartner(actor) && actor.organisationId().equals(project.reportingOrganisationId())) {
      return;
    }
    throw new Forbidden(
        "A partner creates projects whose reporting organisation is its own organisation.");
  }

  /**
   * A coordinator changes any project; a partner one whose reporting organisation, as stored, is
   * its own, or that names its organisation as an editor. Being a participant is not enough.
   */
  public void checkChange(Actor actor, ProjectContent stored) {
    if (actor.coordinator()) {
      return;
    }
    if (isPartner(actor) && stored.editableBy(actor.organisationId())) {
      return;
    }
    throw new Forbidden(
        "A partner changes only projects its organisation reports or is named an editor of;"
            + " being a participant is not enough.");
  }

  /** A coordinator deletes any project; a partner only one its organisation reports. */
  public void checkDelete(Actor actor, ProjectContent stored) {
    if (actor.coordinator()) {
      return;
    }
    if (isPartner(actor) && actor.organisationId().equals(stored.reportingOrganisationId())) {
      return;
    }
    throw new Forbidden("Only the reporting organisation or a coordinator deletes a project.");
  }

  /** Only a coordinator changes a project's reporting organisation. */
  public void checkReportingKept(Actor actor, ProjectContent stored, ProjectContent requested) {
    if (!actor.coordinator()
        && !Objects.equals(stored.reportingOrganisationId(), requested.reportingOrganisationId())) {
      throw new Forbidden("Only a coordinator changes a project's reporting organisation.");
    }
  }

  /**
   * Only a coordinator changes a project's IATI identifier once it is created: others that hold the
   * identifier (IATI, donors' systems) would lose the project.
   */
  public void checkReidentify(Actor actor) {
    if (!actor.coordinator()) {
      throw new Forbidden(
          "Only a coordinator changes a project's IATI identifier after its creation.");
    }
  }

  /** Only the reporting organisation and coordinators name or remove a project's editors. */
  public void checkEditorsKept(Actor actor, ProjectContent stored, ProjectContent requested) {
    if (actor.coordinator()
        || actor.organisationId().equals(stored.reportingOrganisationId())
        || Objects.equals(Set.copyOf(stored.editors()), Set.copyOf(requested.editors()))) {
      return;
    }
    throw new Forbidden(
        "Only the reporting organisation or a coordinator names or removes a project's editors.");
  }

  /**
   * A listed organisation answers for its own listings (as a partner or a donor); a coordinator for
   * any organisation's.
   */
  public void checkAnswer(Actor actor, UUID organisation) {
    if (actor.coordinator() || actor.organisationId().equals(organisation)) {
      return;
    }
    throw new Forbidden(
        "An organisation answers only for its own listings; a coordinator for any.");
  }

  /**
   * An organisation not listed in the project at all has nothing to answer for: refused like any
   * change to another organisation's project. A coordinator answering for it is told the listing is
   * missing (a 400 of the use case) instead.
   */
  public void checkListed(Actor actor, UUID organisation, ProjectContent stored) {
    if (actor.coordinator()
        || stored.participatingOrganisations().stream()
            .anyMatch(p -> p.organisationId().equals(organisation))) {
      return;
    }
    throw new Forbidden(
        "The organisation is not listed in this project: only listed organisations answer.");
  }

  private Actor actor() {
    return new Actor(caller.organisationId(), caller.roles());
  }

  private static boolean isPartner(Actor actor) {
    return actor.roles().contains(Role.PARTNER);
  }
}
