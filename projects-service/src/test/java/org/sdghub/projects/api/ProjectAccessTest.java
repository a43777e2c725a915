package org.sdghub.projects.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.projects.Projects.map;
import static org.sdghub.projects.Requests.MERGE_PATCH;
import static org.sdghub.projects.Requests.PROBLEM_JSON;
import static org.sdghub.projects.Requests.PROJECTS;
import static org.sdghub.projects.Requests.as;
import static org.sdghub.projects.Requests.asCoordinator;
import static org.sdghub.projects.Requests.asViewer;
import static org.sdghub.projects.Requests.create;
import static org.sdghub.projects.Requests.etagOf;
import static org.sdghub.projects.Requests.project;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.Role;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Requests;
import org.sdghub.projects.Rows;

/**
 * The reporting organisation owns its project: it creates it (in whatever role it takes part),
 * changes and deletes it, and names its editors, who change it too. Being listed as a participant
 * grants nothing. Coordinators manage every project; donors and viewers read. Each rule of {@code
 * Permissions} in both directions: allowed, and refused with nothing written.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class ProjectAccessTest {

  @Inject Rows rows;

  @Test
  void partnerCreatesAProjectItReportsAndIsAccountableFor() {
    Organisations.Known ours = Organisations.known();

    as(ours.id(), Role.PARTNER)
        .body(Projects.valid(ours))
        .post(PROJECTS)
        .then()
        .statusCode(201)
        .body("participatingOrganisations[0].confirmation", equalTo("confirmed"))
        .body("editors", empty());
  }

  @Test
  void partnerReportsANationalImplementationProjectWhereTheMinistryIsAccountable() {
    Organisations.Known undp = Organisations.known();
    Organisations.Known ministry = Organisations.known();
    Map<String, Object> body = Projects.valid(undp);
    Projects.element(body, "participatingOrganisations", 0).put("role", "implementing");
    ((List<Object>) body.get("participatingOrganisations"))
        .add(map("organisationId", ministry.id().toString(), "role", "accountable"));

    as(undp.id(), Role.PARTNER)
        .body(body)
        .post(PROJECTS)
        .then()
        .statusCode(201)
        .body("reportingOrganisationId", equalTo(undp.id().toString()))
        .body("participatingOrganisations.role", contains("implementing", "accountable"))
        .body("participatingOrganisations.confirmation", contains("confirmed", "unconfirmed"));
  }

  @Test
  void partnerReportsAProjectItDoesNotTakePartIn() {
    Organisations.Known reporter = Organisations.known();
    Organisations.Known accountable = Organisations.known();
    Map<String, Object> body = Projects.valid(reporter);
    Projects.element(body, "participatingOrganisations", 0)
        .put("organisationId", accountable.id().toString());

    as(reporter.id(), Role.PARTNER).body(body).post(PROJECTS).then().statusCode(201);
  }

  @Test
  void aProjectStillNeedsAnAccountableOrganisation() {
    Organisations.Known ours = Organisations.known();
    Map<String, Object> body = Projects.valid(ours);
    Projects.element(body, "participatingOrganisations", 0).put("role", "implementing");

    as(ours.id(), Role.PARTNER)
        .body(body)
        .post(PROJECTS)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("participatingOrganisations"));
    assertEquals(0, rows.projectsWithIdentifier((String) body.get("iatiIdentifier")));
  }

  @Test
  void partnerCannotCreateAProjectReportedByAnotherOrganisation() {
    Organisations.Known ours = Organisations.known();
    Map<String, Object> theirs = Projects.valid(Organisations.known());
    ((List<Object>) theirs.get("participatingOrganisations"))
        .add(map("organisationId", ours.id().toString(), "role", "accountable"));

    as(ours.id(), Role.PARTNER)
        .body(theirs)
        .post(PROJECTS)
        .then()
        .statusCode(403)
        .body(
            "detail",
            equalTo(
                "A partner creates projects whose reporting organisation is its own organisation."));
    assertEquals(0, rows.projectsWithIdentifier((String) theirs.get("iatiIdentifier")));
  }

  @Test
  void partnerCannotEditOrDeleteAnotherOrganisationsProjectAndTheRowIsUnchanged() {
    Map<String, Object> theirs = Projects.valid(Organisations.known());
    String id = create(theirs);
    String before = rows.stateOf(id).orElseThrow();
    UUID intruder = Organisations.known().id();
    Projects.part(theirs, "title").put("en", "Taken over");

    as(intruder, Role.PARTNER)
        .header("If-Match", "\"0\"")
        .body(theirs)
        .put(project(id))
        .then()
        .statusCode(403)
        .contentType(PROBLEM_JSON);
    as(intruder, Role.PARTNER)
        .header("If-Match", "\"0\"")
        .contentType(MERGE_PATCH)
        .body(Requests.mergePatch("{\"title\": {\"en\": \"Taken over\"}}"))
        .patch(project(id))
        .then()
        .statusCode(403);
    as(intruder, Role.PARTNER)
        .header("If-Match", "\"0\"")
        .body(Map.of("status", "cancelled"))
        .post(project(id) + "/status")
        .then()
        .statusCode(403);
    as(intruder, Role.PARTNER)
        .header("If-Match", "\"0\"")
        .body(Projects.result())
        .post(project(id) + "/results")
        .then()
        .statusCode(403);
    as(intruder, Role.PARTNER)
        .header("If-Match", "\"0\"")
        .delete(project(id))
        .then()
        .statusCode(403);
    assertEquals(before, rows.stateOf(id).orElseThrow());
    assertEquals(1, rows.outboxRowsOf(id), "only the created event");
  }

  @Test
  void beingListedAsAccountableGrantsNoRightToChangeTheProject() {
    Organisations.Known accountable = Organisations.known();
    Map<String, Object> body = Projects.valid(Organisations.known());
    ((List<Object>) body.get("participatingOrganisations"))
        .add(map("organisationId", accountable.id().toString(), "role", "accountable"));
    String id = create(body);
    String before = rows.stateOf(id).orElseThrow();
    Projects.part(body, "title").put("en", "Renamed by a participant");
    ((List<Object>) body.get("participatingOrganisations")).remove(0);

    as(accountable.id(), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(403)
        .body("detail", org.hamcrest.Matchers.containsString("being a participant is not enough"));
    as(accountable.id(), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .delete(project(id))
        .then()
        .statusCode(403);
    assertEquals(before, rows.stateOf(id).orElseThrow());
  }

  @Test
  void anEditorTheReporterNamedChangesTheProjectAndItsResults() {
    Organisations.Known reporter = Organisations.known();
    Organisations.Known editor = Organisations.known();
    Map<String, Object> body = Projects.valid(reporter);
    String id = create(body);
    body.put("editors", List.of(editor.id().toString()));
    as(reporter.id(), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(200)
        .body("editors", contains(editor.id().toString()));
    body.remove("editors");
    Projects.part(body, "title").put("en", "Renamed by the editor");

    as(editor.id(), Role.PARTNER)
        .header("If-Match", "\"1\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(200)
        .body("title.en", equalTo("Renamed by the editor"))
        .body("editors", contains(editor.id().toString()));
    as(editor.id(), Role.PARTNER)
        .header("If-Match", "\"2\"")
        .body(Projects.result())
        .post(project(id) + "/results")
        .then()
        .statusCode(201);
  }

  @Test
  void anEditorNeitherNamesEditorsNorDeletesWhileTheReporterDoes() {
    Organisations.Known reporter = Organisations.known();
    Organisations.Known editor = Organisations.known();
    Organisations.Known friend = Organisations.known();
    Map<String, Object> body = Projects.valid(reporter);
    body.put("editors", List.of(editor.id().toString()));
    String id = create(body);
    String before = rows.stateOf(id).orElseThrow();

    body.put("editors", List.of(editor.id().toString(), friend.id().toString()));
    as(editor.id(), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(403)
        .body(
            "detail",
            equalTo(
                "Only the reporting organisation or a coordinator names or removes a project's"
                    + " editors."));
    as(editor.id(), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .contentType(MERGE_PATCH)
        .body(Requests.mergePatch("{\"editors\": []}"))
        .patch(project(id))
        .then()
        .statusCode(403);
    as(editor.id(), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .delete(project(id))
        .then()
        .statusCode(403)
        .body(
            "detail",
            equalTo("Only the reporting organisation or a coordinator deletes a project."));
    assertEquals(before, rows.stateOf(id).orElseThrow());

    as(reporter.id(), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .delete(project(id))
        .then()
        .statusCode(204);
  }

  @Test
  void aRemovedEditorLosesItsAccess() {
    Organisations.Known reporter = Organisations.known();
    Organisations.Known editor = Organisations.known();
    Map<String, Object> body = Projects.valid(reporter);
    body.put("editors", List.of(editor.id().toString()));
    String id = create(body);

    as(reporter.id(), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .contentType(MERGE_PATCH)
        .body(Requests.mergePatch("{\"editors\": []}"))
        .patch(project(id))
        .then()
        .statusCode(200)
        .body("editors", empty());
    as(editor.id(), Role.PARTNER)
        .header("If-Match", "\"1\"")
        .body(Map.of("status", "cancelled"))
        .post(project(id) + "/status")
        .then()
        .statusCode(403);
    assertEquals(1L, rows.versionOf(id).orElseThrow());
  }

  @Test
  void aCoordinatorNamesEditorsOfAnyProject() {
    Organisations.Known editor = Organisations.known();
    Map<String, Object> body = Projects.valid(Organisations.known());
    String id = create(body);
    body.put("editors", List.of(editor.id().toString()));

    asCoordinator()
        .header("If-Match", etagOf(id))
        .body(body)
        .put(project(id))
        .then()
        .statusCode(200)
        .body("editors", contains(editor.id().toString()));
  }

  @Test
  void editorsAreKnownOrganisationsOtherThanTheReporter() {
    Organisations.Known reporter = Organisations.known();
    Map<String, Object> body = Projects.valid(reporter);
    body.put("editors", List.of(UUID.randomUUID().toString(), reporter.id().toString()));

    as(reporter.id(), Role.PARTNER)
        .body(body)
        .post(PROJECTS)
        .then()
        .statusCode(400)
        .body("errors.field", contains("editors[0]", "editors[1]"))
        .body(
            "errors.message",
            contains(
                "is not an organisation known from the partner registry",
                "is the reporting organisation, which edits its project already"));
    assertEquals(0, rows.projectsWithIdentifier((String) body.get("iatiIdentifier")));
  }

  @Test
  void partnerCannotHandTheReportingOrganisationToAnother() {
    Organisations.Known ours = Organisations.known();
    Organisations.Known other = Organisations.known();
    Map<String, Object> body = Projects.valid(ours);
    String id = create(body);
    String before = rows.stateOf(id).orElseThrow();
    body.put("reportingOrganisationId", other.id().toString());
    body.put("iatiIdentifier", other.identifier() + "-" + Projects.token().toUpperCase());

    as(ours.id(), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(403);
    assertEquals(before, rows.stateOf(id).orElseThrow());
  }

  @Test
  void everyChangeRecordsWhoMadeIt() {
    Organisations.Known reporter = Organisations.known();
    Organisations.Known editor = Organisations.known();
    Map<String, Object> body = Projects.valid(reporter);
    body.put("editors", List.of(editor.id().toString()));
    String id = create(body);
    Projects.part(body, "title").put("en", "Renamed by the editor");
    as(editor.id(), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(200);

    asViewer()
        .get(project(id) + "/history")
        .then()
        .statusCode(200)
        .body("items.find { it.version == 1 }.organisationId", equalTo(editor.id().toString()))
        .body("items.find { it.version == 1 }.roles", contains("partner"));
  }

  @Test
  void donorsAndViewersReadButDoNotWrite() {
    Organisations.Known organisation = Organisations.known();
    Map<String, Object> body = Projects.valid(organisation);
    for (Role role : new Role[] {Role.DONOR, Role.VIEWER}) {
      as(organisation.id(), role).body(body).post(PROJECTS).then().statusCode(403);
    }
    String id = create(body);
    as(organisation.id(), Role.DONOR).get(project(id)).then().statusCode(200);
    asViewer().get(PROJECTS).then().statusCode(200);
    as(organisation.id(), Role.VIEWER)
        .header("If-Match", "\"0\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(403);
    assertEquals(0L, rows.versionOf(id).orElseThrow());
  }

  @Test
  void tokenWithoutAKnownRoleIsDeniedAndNoTokenIs401() {
    as(UUID.randomUUID()).get(PROJECTS).then().statusCode(403);
    given().get(PROJECTS).then().statusCode(401).contentType(PROBLEM_JSON);
  }
}
