package org.sdghub.projects.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.projects.Projects.map;
import static org.sdghub.projects.Requests.PROJECTS;
import static org.sdghub.projects.Requests.asCoordinator;
import static org.sdghub.projects.Requests.asViewer;
import static org.sdghub.projects.Requests.create;
import static org.sdghub.projects.Requests.project;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Rows;

/**
 * What a coordinator can trust of a project's dates and results: no actual date in the future, a
 * target year not before its baseline, what was achieved within the project's dates, and a
 * cancelled project never counted as running.
 */
@QuarkusTest
class ProjectConsistencyTest {

  @Inject Rows rows;

  @Test
  void noActualDateInTheFuture() {
    Map<String, Object> body = Projects.valid(Organisations.known());
    Projects.part(body, "dates").put("actualStart", LocalDate.now().plusDays(30).toString());

    asCoordinator()
        .body(body)
        .post(PROJECTS)
        .then()
        .statusCode(400)
        .body("errors.field", contains("dates.actualStart"))
        .body(
            "errors.message", contains("must not be in the future: plan it as dates.plannedStart"));
    assertEquals(0, rows.projectsWithIdentifier((String) body.get("iatiIdentifier")));

    Projects.part(body, "dates").put("actualStart", LocalDate.now().minusDays(1).toString());
    asCoordinator().body(body).post(PROJECTS).then().statusCode(201);
  }

  @Test
  void aTargetYearIsNotBeforeItsBaseline() {
    String id = create(Projects.valid(Organisations.known()));
    Map<String, Object> result = Projects.result();
    result.put("target", map("year", 2022, "value", 2.4));

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(result)
        .post(project(id) + "/results")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("target.year"))
        .body("errors.message", hasItem("must not be before the baseline's year (2023)"));
    assertEquals(0L, rows.versionOf(id).orElseThrow());
  }

  @Test
  void whatWasAchievedLiesWithinTheProjectsDates() {
    String id = create(Projects.valid(Organisations.known()));
    Map<String, Object> result = Projects.result();
    result.put(
        "actuals",
        java.util.List.of(map("periodStart", "2028-01-01", "periodEnd", "2028-12-31", "value", 2)));

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(result)
        .post(project(id) + "/results")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("actuals[0]"))
        .body(
            "errors.message",
            hasItem("must lie within the project's dates (2024-01-01 to 2027-12-31)"));

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(Projects.result())
        .post(project(id) + "/results")
        .then()
        .statusCode(201);
  }

  @Test
  void aCancelledProjectIsNeverCountedAsRunning() {
    Organisations.Known agency = Organisations.known();
    String running = create(Projects.valid(agency));
    String cancelled = create(Projects.valid(agency));
    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(Map.of("status", "cancelled"))
        .post(project(cancelled) + "/status")
        .then()
        .statusCode(200);

    asViewer()
        .queryParam("organisation", agency.id())
        .queryParam("activeOn", "2025-06-30")
        .get(PROJECTS)
        .then()
        .statusCode(200)
        .body("items.id", contains(running));
    asViewer()
        .queryParam("organisation", agency.id())
        .queryParam("activeFrom", "2025-01-01")
        .queryParam("activeTo", "2025-12-31")
        .get(PROJECTS)
        .then()
        .body("items.id", contains(running));
    asViewer()
        .queryParam("organisation", agency.id())
        .get(PROJECTS)
        .then()
        .body("total", equalTo(2));
  }
}
