package org.sdghub.projects.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.projects.Projects.map;
import static org.sdghub.projects.Requests.MERGE_PATCH;
import static org.sdghub.projects.Requests.PROBLEM_JSON;
import static org.sdghub.projects.Requests.PROJECTS;
import static org.sdghub.projects.Requests.as;
import static org.sdghub.projects.Requests.asViewer;
import static org.sdghub.projects.Requests.create;
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
 * Coordinators manage every project; a partner the projects its organisation reports or is
 * accountable for; donors and viewers read.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class ProjectAccessTest {

  @Inject Rows rows;

  @Test
  void partnerCreatesAProjectItReportsAndIsAccountableFor() {
    Organisations.Known ours = Organisations.known();

    as(ours.id(), Role.PARTNER).body(Projects.valid(ours)).post(PROJECTS).then().statusCode(201);
  }

  @Test
  void partnerCannotCreateAProjectReportedByAnotherOrganisation() {
    Organisations.Known ours = Organisations.known();
    Map<String, Object> theirs = Projects.valid(Organisations.known());
    ((List<Object>) theirs.get("participatingOrganisations"))
        .add(map("organisationId", ours.id().toString(), "role", "accountable"));

    as(ours.id(), Role.PARTNER).body(theirs).post(PROJECTS).then().statusCode(403);
    assertEquals(0, rows.projectsWithIdentifier((String) theirs.get("iatiIdentifier")));
  }

  @Test
  void partnerCannotCreateAProjectItIsNotAccountableFor() {
    Organisations.Known ours = Organisations.known();
    Organisations.Known other = Organisations.known();
    Map<String, Object> body = Projects.valid(ours);
    Projects.element(body, "participatingOrganisations", 0).put("role", "implementing");
    ((List<Object>) body.get("participatingOrganisations"))
        .add(map("organisationId", other.id().toString(), "role", "accountable"));

    as(ours.id(), Role.PARTNER).body(body).post(PROJECTS).then().statusCode(403);
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
  void accountablePartnerEditsAProjectReportedByAnother() {
    Organisations.Known accountable = Organisations.known();
    Map<String, Object> body = Projects.valid(Organisations.known());
    ((List<Object>) body.get("participatingOrganisations"))
        .add(map("organisationId", accountable.id().toString(), "role", "accountable"));
    String id = create(body);
    Projects.part(body, "title").put("en", "Renamed by the accountable partner");

    as(accountable.id(), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(200)
        .body("title.en", equalTo("Renamed by the accountable partner"));
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
