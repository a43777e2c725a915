package org.sdghub.partners.api;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.partners.Requests.ORGANISATIONS;
import static org.sdghub.partners.Requests.PROBLEMS;
import static org.sdghub.partners.Requests.PROBLEM_JSON;
import static org.sdghub.partners.Requests.as;
import static org.sdghub.partners.Requests.asCoordinator;
import static org.sdghub.partners.Requests.register;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.partners.Profiles;
import org.sdghub.partners.Rows;
import org.sdghub.platform.Role;

/** No lost update (If-Match), and no duplicate from a retried POST (Idempotency-Key). */
@QuarkusTest
class PreconditionsAndRetriesTest {

  @Inject Rows rows;

  @Test
  void staleIfMatchAnswers412AndChangesNothing() {
    Map<String, Object> profile = Profiles.unique();
    String id = register(profile);
    profile.put("website", "https://example.org/first");
    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(200);
    String before = rows.nameAndVersion(id).orElseThrow();
    Profiles.name(profile).put("en", "Lost update " + Profiles.token());

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(412)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(PROBLEMS + "stale-version"));
    assertEquals(before, rows.nameAndVersion(id).orElseThrow());
    assertEquals(2, rows.outboxRowsOf(id), "created and one update, nothing for the refused one");
  }

  @Test
  void missingIfMatchAnswers428AndChangesNothing() {
    Map<String, Object> profile = Profiles.unique();
    String id = register(profile);
    String before = rows.nameAndVersion(id).orElseThrow();
    Profiles.name(profile).put("en", "Blind update " + Profiles.token());

    asCoordinator()
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(428)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(PROBLEMS + "precondition-required"));
    asCoordinator().post(ORGANISATIONS + "/" + id + "/archive").then().statusCode(428);
    assertEquals(before, rows.nameAndVersion(id).orElseThrow());
  }

  @Test
  void staleArchiveAnswers412() {
    String id = register(Profiles.unique());

    asCoordinator()
        .header("If-Match", "\"7\"")
        .post(ORGANISATIONS + "/" + id + "/archive")
        .then()
        .statusCode(412);
  }

  @Test
  void retriedPostWithTheSameIdempotencyKeyReturnsTheFirstResult() {
    UUID coordinator = UUID.randomUUID();
    Map<String, Object> profile = Profiles.unique();
    String key = UUID.randomUUID().toString();

    Response first = post(coordinator, key, profile);
    Response retry = post(coordinator, key, profile);

    assertEquals(201, first.statusCode());
    assertEquals(201, retry.statusCode(), "a retry is not refused as a duplicate of itself");
    assertEquals("true", retry.header("Idempotent-Replayed"));
    assertEquals(first.header("Location"), retry.header("Location"));
    assertArrayEquals(first.asByteArray(), retry.asByteArray());
    assertEquals(1, rows.organisationsWithIdentifier((String) profile.get("identifier")));
    assertEquals(1, rows.outboxRowsOf(first.path("id")), "one created event");
  }

  @Test
  void sameIdempotencyKeyWithAnotherBodyAnswers422() {
    UUID coordinator = UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    post(coordinator, key, Profiles.unique()).then().statusCode(201);

    Map<String, Object> other = Profiles.unique();
    post(coordinator, key, other).then().statusCode(422);
    assertEquals(0, rows.organisationsWithIdentifier((String) other.get("identifier")));
  }

  private static Response post(UUID coordinator, String key, Map<String, Object> profile) {
    return as(coordinator, Role.COORDINATOR)
        .header("Idempotency-Key", key)
        .body(profile)
        .post(ORGANISATIONS);
  }
}
