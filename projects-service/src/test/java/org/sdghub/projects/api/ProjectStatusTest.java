package org.sdghub.projects.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdghub.projects.Requests.PROBLEMS;
import static org.sdghub.projects.Requests.asCoordinator;
import static org.sdghub.projects.Requests.asViewer;
import static org.sdghub.projects.Requests.create;
import static org.sdghub.projects.Requests.project;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Requests;
import org.sdghub.projects.Rows;

/** A project moves through the IATI statuses one allowed step at a time; only pipeline deletes. */
@QuarkusTest
class ProjectStatusTest {

  @Inject Rows rows;

  @Test
  void projectMovesThroughItsLifeOneAllowedStepAtATime() {
    String id = create(Projects.valid(Organisations.known()));

    move(id, 0, "implementation").statusCode(200).header("ETag", "\"1\"");
    move(id, 1, "suspended").statusCode(200);
    move(id, 2, "implementation").statusCode(200);
    move(id, 3, "finalisation").statusCode(200);
    close(id, 4, "2025-06-30")
        .statusCode(200)
        .body("status", equalTo("closed"))
        .body("dates.actualEnd", equalTo("2025-06-30"));
    assertEquals(6, rows.outboxRowsOf(id));
  }

  @Test
  void disallowedStepAnswers409AndChangesNothing() {
    String id = create(Projects.valid(Organisations.known()));

    move(id, 0, "closed")
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "status-change-refused"))
        .body("currentStatus", equalTo("pipeline"));
    move(id, 0, "pipeline").statusCode(409);
    move(id, 0, "cancelled").statusCode(200);
    move(id, 1, "implementation").statusCode(409).body("detail", containsString("final"));
    assertEquals(1L, rows.versionOf(id).orElseThrow());
  }

  @Test
  void unknownStatusAnswers400() {
    String id = create(Projects.valid(Organisations.known()));

    move(id, 0, "finished").statusCode(400).body("errors[0].field", equalTo("status"));
  }

  @Test
  void projectMayStartInAnyStatus() {
    Map<String, Object> body = Projects.valid(Organisations.known());
    body.put("status", "implementation");

    asViewer()
        .get(project(create(body)))
        .then()
        .statusCode(200)
        .body("status", equalTo("implementation"));
  }

  @Test
  void projectInPipelineIsDeleted() {
    String id = create(Projects.valid(Organisations.known()));

    asCoordinator().header("If-Match", "\"0\"").delete(project(id)).then().statusCode(204);
    asViewer().get(project(id)).then().statusCode(404);
    assertTrue(rows.versionOf(id).isEmpty());
    assertEquals(2, rows.outboxRowsOf(id), "created and deleted");
  }

  @Test
  void projectPastThePipelineAnswers409SayingToCancelIt() {
    String id = create(Projects.valid(Organisations.known()));
    move(id, 0, "implementation").statusCode(200);

    asCoordinator()
        .header("If-Match", "\"1\"")
        .delete(project(id))
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "project-not-deletable"))
        .body("detail", containsString("cancel"));
    assertEquals(1L, rows.versionOf(id).orElseThrow());
  }

  @Test
  void aProjectClosesStraightFromImplementation() {
    String id = create(Projects.valid(Organisations.known()));
    move(id, 0, "implementation").statusCode(200);

    close(id, 1, "2025-01-31").statusCode(200).body("status", equalTo("closed"));
  }

  @Test
  void aClosedProjectHasAnActualEndInThePast() {
    String id = create(Projects.valid(Organisations.known()));
    move(id, 0, "implementation").statusCode(200);

    move(id, 1, "closed")
        .statusCode(400)
        .body("errors[0].field", equalTo("actualEnd"))
        .body(
            "errors[0].message",
            equalTo(
                "is required to close a project: the day it ended (a closed project has an"
                    + " actual end)"));
    close(id, 1, java.time.LocalDate.now().plusYears(1).toString())
        .statusCode(400)
        .body("errors[0].field", equalTo("dates.actualEnd"))
        .body("errors[0].message", containsString("must not be in the future"));
    close(id, 1, "2023-01-01")
        .statusCode(400)
        .body("errors[0].field", equalTo("dates.actualEnd"))
        .body("errors[0].message", equalTo("must not be before dates.actualStart"));
    asCoordinator()
        .header("If-Match", "\"1\"")
        .body(Map.of("status", "suspended", "actualEnd", "2025-01-31"))
        .post(project(id) + "/status")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("actualEnd"));
    assertEquals(1L, rows.versionOf(id).orElseThrow());
  }

  @Test
  void aProjectCreatedClosedGivesItsActualEnd() {
    Map<String, Object> body = Projects.valid(Organisations.known());
    body.put("status", "closed");

    asCoordinator()
        .body(body)
        .post(Requests.PROJECTS)
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItem("dates.actualEnd"));
    Projects.part(body, "dates").put("actualEnd", "2025-12-31");
    asCoordinator().body(body).post(Requests.PROJECTS).then().statusCode(201);
  }

  private static ValidatableResponse close(String id, long version, String actualEnd) {
    return asCoordinator()
        .header("If-Match", "\"" + version + "\"")
        .body(Map.of("status", "closed", "actualEnd", actualEnd))
        .post(project(id) + "/status")
        .then();
  }

  private static ValidatableResponse move(String id, long version, String status) {
    return asCoordinator()
        .header("If-Match", "\"" + version + "\"")
        .body(Map.of("status", status, "reason", "step to " + status))
        .post(project(id) + "/status")
        .then();
  }
}
