package org.sdghub.projects.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.sdghub.projects.Requests.MERGE_PATCH;
import static org.sdghub.projects.Requests.as;
import static org.sdghub.projects.Requests.asViewer;
import static org.sdghub.projects.Requests.project;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.Role;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Requests;

/** Each version of a project is kept: when, who, which event, which fields from what to what. */
@QuarkusTest
class ProjectHistoryTest {

  @Test
  void historyListsEveryVersionWithWhoAndWhatChanged() {
    Organisations.Known partner = Organisations.known();
    UUID coordinator = UUID.randomUUID();
    String id =
        as(partner.id(), Role.PARTNER)
            .body(Projects.valid(partner))
            .post("/api/v1/projects")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(partner.id(), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .contentType(MERGE_PATCH)
        .body(
            Requests.mergePatch(
                "{\"dates\": {\"plannedEnd\": \"2028-06-30\"}, \"description\": null}"))
        .patch(project(id))
        .then()
        .statusCode(200);
    as(coordinator, Role.COORDINATOR)
        .header("If-Match", "\"1\"")
        .body(Map.of("status", "implementation", "reason", "Financing agreement signed"))
        .post(project(id) + "/status")
        .then()
        .statusCode(200);

    asViewer()
        .get(project(id) + "/history")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.version", equalTo(List.of(0, 1, 2)))
        .body(
            "items.event",
            equalTo(
                List.of(
                    "org.sdghub.project.created.v1",
                    "org.sdghub.project.updated.v1",
                    "org.sdghub.project.status-changed.v1")))
        .body("items[0].organisationId", equalTo(partner.id().toString()))
        .body("items[0].roles", equalTo(List.of("partner")))
        .body("items[0].changes.field", hasItem("title"))
        .body("items[1].changes.field", containsInAnyOrder("description", "dates.plannedEnd"))
        .body("items[1].changes.find { it.field == 'dates.plannedEnd' }.old", equalTo("2027-12-31"))
        .body("items[1].changes.find { it.field == 'dates.plannedEnd' }.new", equalTo("2028-06-30"))
        .body("items[1].changes.find { it.field == 'description' }.new", nullValue())
        .body("items[1].changes.find { it.field == 'description' }.old.en", notNullValue())
        .body("items[2].organisationId", equalTo(coordinator.toString()))
        .body("items[2].roles", equalTo(List.of("coordinator")))
        .body("items[2].reason", equalTo("Financing agreement signed"))
        .body("items[2].changes.field", equalTo(List.of("status")))
        .body("items[2].changes[0].old", equalTo("pipeline"));
  }

  @Test
  void historyOfAnUnknownProjectAnswers404() {
    asViewer().get(project(UUID.randomUUID().toString()) + "/history").then().statusCode(404);
  }
}
