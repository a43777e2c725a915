package org.sdghub.projects.api;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.projects.Requests.MERGE_PATCH;
import static org.sdghub.projects.Requests.PROBLEMS;
import static org.sdghub.projects.Requests.PROBLEM_JSON;
import static org.sdghub.projects.Requests.asCoordinator;
import static org.sdghub.projects.Requests.create;
import static org.sdghub.projects.Requests.project;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Requests;
import org.sdghub.projects.Rows;

/** No lost update: every change needs the current If-Match, and a refused one changes nothing. */
@QuarkusTest
class ProjectPreconditionsTest {

  @Inject Rows rows;

  @Test
  void staleIfMatchAnswers412AndChangesNothing() {
    Map<String, Object> body = Projects.valid(Organisations.known());
    String id = create(body);
    Projects.part(body, "title").put("en", "First change");
    asCoordinator().header("If-Match", "\"0\"").body(body).put(project(id)).then().statusCode(200);
    String before = rows.stateOf(id).orElseThrow();

    for (Function<RequestSpecification, Response> change : changes(id, body)) {
      change
          .apply(asCoordinator().header("If-Match", "\"0\""))
          .then()
          .statusCode(412)
          .contentType(PROBLEM_JSON)
          .body("type", equalTo(PROBLEMS + "stale-version"));
    }
    assertEquals(before, rows.stateOf(id).orElseThrow());
    assertEquals(2, rows.outboxRowsOf(id), "created and one update, nothing for the refused");
  }

  @Test
  void missingIfMatchAnswers428AndChangesNothing() {
    Map<String, Object> body = Projects.valid(Organisations.known());
    String id = create(body);
    String before = rows.stateOf(id).orElseThrow();

    for (Function<RequestSpecification, Response> change : changes(id, body)) {
      change
          .apply(asCoordinator())
          .then()
          .statusCode(428)
          .contentType(PROBLEM_JSON)
          .body("type", equalTo(PROBLEMS + "precondition-required"));
    }
    assertEquals(before, rows.stateOf(id).orElseThrow());
    assertEquals(1, rows.historyRowsOf(id));
  }

  @Test
  void concurrentReplacesOfTheSameVersionLetExactlyOneWin() {
    Map<String, Object> body = Projects.valid(Organisations.known());
    String id = create(body);
    List<CompletableFuture<Integer>> attempts = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Map<String, Object> mine = new HashMap<>(body);
      mine.put("title", Projects.map("en", "Writer " + i));
      attempts.add(
          CompletableFuture.supplyAsync(
              () ->
                  asCoordinator()
                      .header("If-Match", "\"0\"")
                      .body(mine)
                      .put(project(id))
                      .statusCode()));
    }

    List<Integer> statuses = attempts.stream().map(CompletableFuture::join).sorted().toList();

    assertEquals(List.of(200, 412, 412, 412), statuses);
    assertEquals(1L, rows.versionOf(id).orElseThrow());
    assertEquals(2, rows.historyRowsOf(id));
  }

  /** Every kind of change of a project: replace, patch, status, delete, add a result. */
  private static List<Function<RequestSpecification, Response>> changes(
      String id, Map<String, Object> body) {
    return List.of(
        r -> r.body(body).put(project(id)),
        r ->
            r.contentType(MERGE_PATCH)
                .body(Requests.mergePatch("{\"sectors\": []}"))
                .patch(project(id)),
        r -> r.body(Map.of("status", "cancelled")).post(project(id) + "/status"),
        r -> r.delete(project(id)),
        r -> r.body(Projects.result()).post(project(id) + "/results"));
  }
}
