package org.sdghub.projects.events;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.projects.Projects.map;
import static org.sdghub.projects.Requests.PROJECTS;
import static org.sdghub.projects.Requests.as;
import static org.sdghub.projects.Requests.asViewer;
import static org.sdghub.projects.Requests.create;
import static org.sdghub.projects.Requests.project;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.Eventually;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Rows;

/**
 * The partner registry's proposals and merges, as its events reach this service: a proposed
 * organisation is usable at once in its proposer's projects only, until a coordinator confirms it;
 * a merge makes every project that named the duplicate name the survivor, once.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class ProposedAndMergedOrganisationsTest {

  private static final Duration APPLIED = Duration.ofSeconds(30);

  @Inject Rows rows;

  private static Map<String, Object> implementedBy(
      Organisations.Known reporter, Organisations.Known implementer) {
    Map<String, Object> body = Projects.valid(reporter);
    ((List<Object>) body.get("participatingOrganisations"))
        .add(map("organisationId", implementer.id().toString(), "role", "implementing"));
    return body;
  }

  @Test
  void aProposedOrganisationIsUsableAtOnceInItsProposersProjectsOnly() {
    Organisations.Known proposer = Organisations.known();
    Organisations.Known other = Organisations.known();
    Organisations.Known ngo = Organisations.proposedBy(proposer);

    as(proposer.id(), Role.PARTNER)
        .body(implementedBy(proposer, ngo))
        .post(PROJECTS)
        .then()
        .statusCode(201);
    Map<String, Object> theirs = implementedBy(other, ngo);
    as(other.id(), Role.PARTNER)
        .body(theirs)
        .post(PROJECTS)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("participatingOrganisations[1].organisationId"))
        .body(
            "errors.message",
            hasItem(
                "is proposed by another organisation and not yet confirmed by a coordinator: only"
                    + " its proposer's projects name it until then"));
    assertEquals(0, rows.projectsWithIdentifier((String) theirs.get("iatiIdentifier")));

    Organisations.confirm(ngo);
    as(other.id(), Role.PARTNER).body(theirs).post(PROJECTS).then().statusCode(201);
  }

  @Test
  void aMergeMakesEveryProjectThatNamedTheDuplicateNameTheSurvivorOnce() {
    Organisations.Known duplicate = Organisations.known();
    Organisations.Known survivor = Organisations.known();
    Organisations.Known reporter = Organisations.known();
    String implemented = create(implementedBy(reporter, duplicate));
    Map<String, Object> both = implementedBy(reporter, survivor);
    ((List<Object>) both.get("participatingOrganisations"))
        .add(map("organisationId", duplicate.id().toString(), "role", "implementing"));
    both.put("editors", new ArrayList<>(List.of(duplicate.id().toString())));
    String named = create(both);
    String reported = create(Projects.valid(duplicate));
    String unrelated = create(Projects.valid(reporter));

    String first = Organisations.merge(duplicate, survivor, 1);
    Organisations.merge(duplicate, survivor, 1);

    Eventually.await(
        APPLIED,
        "the projects follow the merge",
        () ->
            rows.versionOf(implemented).orElseThrow() == 1L
                && rows.versionOf(named).orElseThrow() == 1L
                && rows.versionOf(reported).orElseThrow() == 1L
                && rows.inboxOutcomeOf(first).isPresent());
    asViewer()
        .get(project(implemented))
        .then()
        .body(
            "participatingOrganisations.organisationId",
            contains(reporter.id().toString(), survivor.id().toString()));
    asViewer()
        .get(project(named))
        .then()
        .body(
            "participatingOrganisations.organisationId",
            contains(reporter.id().toString(), survivor.id().toString()))
        .body("editors", contains(survivor.id().toString()));
    asViewer()
        .get(project(reported))
        .then()
        .body("reportingOrganisationId", equalTo(survivor.id().toString()))
        .body("participatingOrganisations[0].organisationId", equalTo(survivor.id().toString()));
    asViewer()
        .get(project(implemented) + "/history")
        .then()
        .body(
            "items[1].reason",
            equalTo(
                "organisation "
                    + duplicate.id()
                    + " merged into "
                    + survivor.id()
                    + " in the partner registry"));
    assertEquals(0L, rows.versionOf(unrelated).orElseThrow());
    assertEquals(2, rows.outboxRowsOf(implemented), "followed once, though delivered twice");
  }

  @Test
  void aMergedOrganisationCannotBeNewlyNamed() {
    Organisations.Known duplicate = Organisations.known();
    Organisations.Known survivor = Organisations.known();
    Organisations.Known reporter = Organisations.known();
    String marker = Organisations.merge(duplicate, survivor, 1);
    Eventually.await(APPLIED, "the merge applied", () -> rows.inboxOutcomeOf(marker).isPresent());

    as(reporter.id(), Role.PARTNER)
        .body(implementedBy(reporter, duplicate))
        .post(PROJECTS)
        .then()
        .statusCode(400)
        .body(
            "errors.message",
            hasItem(
                "was merged into "
                    + survivor.id()
                    + " in the partner registry: name that organisation instead"));
  }
}
