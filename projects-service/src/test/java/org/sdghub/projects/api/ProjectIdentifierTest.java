package org.sdghub.projects.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.projects.Projects.map;
import static org.sdghub.projects.Requests.MERGE_PATCH;
import static org.sdghub.projects.Requests.PROBLEM_JSON;
import static org.sdghub.projects.Requests.PROJECTS;
import static org.sdghub.projects.Requests.as;
import static org.sdghub.projects.Requests.asCoordinator;
import static org.sdghub.projects.Requests.asViewer;
import static org.sdghub.projects.Requests.create;
import static org.sdghub.projects.Requests.project;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.Role;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Requests;
import org.sdghub.projects.Rows;

/**
 * The IATI activity identifier: optional only for a reporting organisation without an IATI
 * organisation identifier; else its own prefix and never another registered organisation's; none of
 * the characters IATI forbids; and fixed once created, but for a coordinator with a reason.
 */
@QuarkusTest
class ProjectIdentifierTest {

  @Inject Rows rows;

  private static Map<String, Object> without(Organisations.Known reporter) {
    Map<String, Object> body = Projects.valid(reporter);
    body.remove("iatiIdentifier");
    return body;
  }

  private static ValidatableResponse reidentify(
      io.restassured.specification.RequestSpecification as,
      String id,
      String etag,
      Map<String, Object> change) {
    return as.header("If-Match", etag).body(change).post(project(id) + "/identifier").then();
  }

  @Test
  void aReporterWithoutAnOrganisationIdentifierReportsProjectsWithoutOne() {
    Organisations.Known ngo = Organisations.withIdentifier(null);

    for (int i = 0; i < 2; i++) {
      as(ngo.id(), Role.PARTNER)
          .body(without(ngo))
          .post(PROJECTS)
          .then()
          .statusCode(201)
          .body("iatiIdentifier", nullValue());
    }
    asViewer().queryParam("organisation", ngo.id()).get(PROJECTS).then().body("total", equalTo(2));
  }

  @Test
  void aReporterWithAnOrganisationIdentifierMustGiveOne() {
    Organisations.Known agency = Organisations.known();

    as(agency.id(), Role.PARTNER)
        .body(without(agency))
        .post(PROJECTS)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors[0].field", equalTo("iatiIdentifier"))
        .body(
            "errors[0].message",
            equalTo(
                "is required: the reporting organisation has the IATI organisation identifier "
                    + agency.identifier()
                    + ", so its activities' identifiers start with "
                    + agency.identifier()
                    + "-…"));
  }

  @Test
  void noneOfTheCharactersIatiForbids() {
    Organisations.Known agency = Organisations.known();
    for (String forbidden : new String[] {"/", "&", "|", "?"}) {
      Map<String, Object> body = Projects.valid(agency);
      String identifier = agency.identifier() + "-KZ" + forbidden + Projects.token();
      body.put("iatiIdentifier", identifier);

      as(agency.id(), Role.PARTNER)
          .body(body)
          .post(PROJECTS)
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("iatiIdentifier"))
          .body(
              "errors.message",
              hasItem(
                  "must not contain spaces or any of / & | ? (IATI forbids them in identifiers)"));
      assertEquals(0, rows.projectsWithIdentifier(identifier), forbidden);
    }
  }

  @Test
  void neverAnotherRegisteredOrganisationsIdentifier() {
    Organisations.Known ngo = Organisations.withIdentifier(null);
    Organisations.Known other = Organisations.known();
    Map<String, Object> body = without(ngo);
    body.put("iatiIdentifier", other.identifier() + "-" + Projects.token());

    as(ngo.id(), Role.PARTNER)
        .body(body)
        .post(PROJECTS)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("iatiIdentifier"))
        .body(
            "errors[0].message",
            equalTo(
                "starts with the IATI identifier of another registered organisation ("
                    + other.identifier()
                    + "-…); an activity identifier starts with its reporting organisation's"));

    body.put("iatiIdentifier", "NGO-" + Projects.token());
    as(ngo.id(), Role.PARTNER).body(body).post(PROJECTS).then().statusCode(201);
  }

  @Test
  void theOwnPrefixPassesThoughAShorterRegisteredIdentifierBeginsItToo() {
    String parent = "XM-" + Projects.token().toUpperCase();
    Organisations.withIdentifier(parent);
    Organisations.Known agency = Organisations.withIdentifier(parent + "-41114");
    Map<String, Object> body = Projects.valid(agency);

    as(agency.id(), Role.PARTNER).body(body).post(PROJECTS).then().statusCode(201);
  }

  @Test
  void theReporterCannotChangeTheIdentifierButKeepsItByLeavingItOut() {
    Organisations.Known agency = Organisations.known();
    Map<String, Object> body = Projects.valid(agency);
    String identifier = (String) body.get("iatiIdentifier");
    String id = create(body);
    String before = rows.stateOf(id).orElseThrow();
    body.put("iatiIdentifier", agency.identifier() + "-RENAMED");

    as(agency.id(), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("iatiIdentifier"))
        .body(
            "errors[0].message",
            equalTo(
                "does not change after creation except by a coordinator, with a reason, through"
                    + " POST /api/v1/projects/"
                    + id
                    + "/identifier; send "
                    + identifier
                    + " or leave it out"));
    asCoordinator()
        .header("If-Match", "\"0\"")
        .contentType(MERGE_PATCH)
        .body(Requests.mergePatch("{\"iatiIdentifier\": \"" + agency.identifier() + "-X\"}"))
        .patch(project(id))
        .then()
        .statusCode(400);
    assertEquals(before, rows.stateOf(id).orElseThrow());

    body.remove("iatiIdentifier");
    Projects.part(body, "title").put("en", "Renamed, identifier kept");
    as(agency.id(), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(200)
        .body("iatiIdentifier", equalTo(identifier));
  }

  @Test
  void aCoordinatorChangesItWithAReasonKeptInTheHistory() {
    Organisations.Known ngo = Organisations.withIdentifier(null);
    String id = create(without(ngo));
    String identifier = "NGO-" + Projects.token();

    reidentify(
            asCoordinator(),
            id,
            "\"0\"",
            map("iatiIdentifier", identifier, "reason", "Agreed with the NGO"))
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("iatiIdentifier", equalTo(identifier));
    asViewer()
        .get(project(id) + "/history")
        .then()
        .body("items[1].reason", equalTo("Agreed with the NGO"))
        .body("items[1].changes.field", hasItem("iatiIdentifier"));
  }

  @Test
  void onlyACoordinatorChangesItAndOnlyWithAReasonAndAFreeIdentifier() {
    Organisations.Known agency = Organisations.known();
    Map<String, Object> taken = Projects.valid(agency);
    create(taken);
    String id = create(Projects.valid(agency));
    String before = rows.stateOf(id).orElseThrow();

    reidentify(
            as(agency.id(), Role.PARTNER),
            id,
            "\"0\"",
            map("iatiIdentifier", agency.identifier() + "-NEW", "reason", "Mine"))
        .statusCode(403)
        .body(
            "detail",
            equalTo("Only a coordinator changes a project's IATI identifier after its creation."));
    reidentify(asCoordinator(), id, "\"0\"", map("iatiIdentifier", agency.identifier() + "-NEW"))
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    reidentify(
            asCoordinator(),
            id,
            "\"0\"",
            map("iatiIdentifier", taken.get("iatiIdentifier"), "reason", "Merge"))
        .statusCode(409);
    reidentify(
            asCoordinator(),
            id,
            "\"0\"",
            map("iatiIdentifier", "XM-OTHER-1", "reason", "Wrong prefix"))
        .statusCode(400)
        .body("errors[0].field", equalTo("iatiIdentifier"));
    reidentify(
            asCoordinator(),
            id,
            "\"5\"",
            map("iatiIdentifier", agency.identifier() + "-NEW", "reason", "Stale"))
        .statusCode(412);
    assertEquals(before, rows.stateOf(id).orElseThrow());
  }

  @Test
  void aCoordinatorHandsAProjectToAnotherReporterWithAnIdentifierOfItsOwn() {
    Organisations.Known from = Organisations.known();
    Organisations.Known to = Organisations.known();
    String id = create(Projects.valid(from));
    String identifier = to.identifier() + "-" + Projects.token();

    reidentify(
            asCoordinator(),
            id,
            "\"0\"",
            map(
                "iatiIdentifier",
                identifier,
                "reportingOrganisationId",
                to.id().toString(),
                "reason",
                "Handed over"))
        .statusCode(200)
        .body("reportingOrganisationId", equalTo(to.id().toString()))
        .body("iatiIdentifier", equalTo(identifier));
  }
}
