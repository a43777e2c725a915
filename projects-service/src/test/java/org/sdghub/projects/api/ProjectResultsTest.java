package org.sdghub.projects.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdghub.projects.Projects.map;
import static org.sdghub.projects.Requests.as;
import static org.sdghub.projects.Requests.asCoordinator;
import static org.sdghub.projects.Requests.asViewer;
import static org.sdghub.projects.Requests.create;
import static org.sdghub.projects.Requests.project;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.Role;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Rows;

/** Results are part of their project: each change needs its If-Match and gives it a version. */
@QuarkusTest
class ProjectResultsTest {

  @Inject Rows rows;

  @Test
  void addedResultIsPartOfTheProjectAtItsNewVersion() {
    String id = create(Projects.valid(Organisations.known()));

    Response added = add(id, 0, Projects.result());
    added
        .then()
        .statusCode(201)
        .header("ETag", "\"1\"")
        .body("indicator.sdgIndicator", equalTo("6.4.1"));
    String resultId = added.path("id");
    assertTrue(added.header("Location").endsWith(project(id) + "/results/" + resultId));

    asViewer()
        .get(project(id) + "/results")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(resultId))
        .body("items[0].baseline.value", equalTo(1.8f));
    asViewer()
        .get(project(id))
        .then()
        .body("version", equalTo(1))
        .body("results[0].unit", equalTo("USD/m3"));
  }

  @Test
  void resultIsReplacedAndRemoved() {
    String id = create(Projects.valid(Organisations.known()));
    String resultId = add(id, 0, Projects.result()).then().statusCode(201).extract().path("id");
    Map<String, Object> custom = Projects.result();
    custom.put("indicator", map("custom", "Hectares under drip irrigation"));
    custom.put("unit", "ha");

    asCoordinator()
        .header("If-Match", "\"1\"")
        .body(custom)
        .put(project(id) + "/results/" + resultId)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("id", equalTo(resultId))
        .body("indicator.custom", equalTo("Hectares under drip irrigation"));
    asCoordinator()
        .header("If-Match", "\"2\"")
        .delete(project(id) + "/results/" + resultId)
        .then()
        .statusCode(204)
        .header("ETag", "\"3\"");
    asViewer().get(project(id)).then().body("results", equalTo(List.of()));
    asCoordinator()
        .header("If-Match", "\"3\"")
        .delete(project(id) + "/results/" + resultId)
        .then()
        .statusCode(404);
    assertEquals(4, rows.outboxRowsOf(id));
  }

  @Test
  void unknownSdgIndicatorAnswers400() {
    String id = create(Projects.valid(Organisations.known()));
    Map<String, Object> result = Projects.result();
    result.put("indicator", map("sdgIndicator", "6.4.9"));

    add(id, 0, result)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("indicator.sdgIndicator"));
    assertEquals(0L, rows.versionOf(id).orElseThrow());
  }

  @Test
  void indicatorMustBeExactlyOneOfSdgAndCustom() {
    String id = create(Projects.valid(Organisations.known()));
    Map<String, Object> both = Projects.result();
    both.put("indicator", map("sdgIndicator", "6.4.1", "custom", "Also this"));
    Map<String, Object> neither = Projects.result();
    neither.put("indicator", map());

    add(id, 0, both).then().statusCode(400).body("errors.field", hasItem("indicator"));
    add(id, 0, neither).then().statusCode(400).body("errors.field", hasItem("indicator"));
  }

  @Test
  void actualPeriodEndingBeforeItStartsAnswers400() {
    String id = create(Projects.valid(Organisations.known()));
    Map<String, Object> result = Projects.result();
    Projects.element(result, "actuals", 0).put("periodEnd", "2023-12-31");

    add(id, 0, result).then().statusCode(400).body("errors.field", hasItem("actuals[0].periodEnd"));
  }

  @Test
  void retriedAddWithTheSameIdempotencyKeyAddsTheResultOnce() {
    String id = create(Projects.valid(Organisations.known()));
    UUID coordinator = UUID.randomUUID();
    String key = UUID.randomUUID().toString();

    String first = addOnce(coordinator, key, id).then().statusCode(201).extract().path("id");
    addOnce(coordinator, key, id)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("ETag", "\"1\"")
        .body("id", equalTo(first));
    asViewer().get(project(id) + "/results").then().body("total", equalTo(1));
    assertEquals(1L, rows.versionOf(id).orElseThrow());
  }

  @Test
  void resultOfAnUnknownProjectAnswers404() {
    add(UUID.randomUUID().toString(), 0, Projects.result()).then().statusCode(404);
  }

  private static Response addOnce(UUID coordinator, String key, String id) {
    return as(coordinator, Role.COORDINATOR)
        .header("Idempotency-Key", key)
        .header("If-Match", "\"0\"")
        .body(Projects.result())
        .post(project(id) + "/results");
  }

  private static Response add(String id, long version, Map<String, Object> result) {
    return asCoordinator()
        .header("If-Match", "\"" + version + "\"")
        .body(result)
        .post(project(id) + "/results");
  }
}
