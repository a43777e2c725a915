package org.sdghub.platform.testing.http;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdghub.platform.testing.http.Requests.PROBLEM_JSON;
import static org.sdghub.platform.testing.http.Requests.WIDGETS;
import static org.sdghub.platform.testing.http.Requests.asPartner;
import static org.sdghub.platform.testing.http.Requests.newBatch;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Updates need the current ETag in If-Match: no lost updates. */
@QuarkusTest
class IfMatchTest {

  private static final String RENAMED =
      "{\"name\": {\"en\": \"Renamed\", \"ru\": \"Новое\"}, \"rank\": 9}";

  private String id;

  @BeforeEach
  void createWidget() {
    id = Requests.create(asPartner(), newBatch(), "Original", 1);
  }

  @Test
  void readingAResourceAnswersItsVersionAsAStrongETag() {
    asPartner().get(WIDGETS + "/" + id).then().statusCode(200).header("ETag", "\"0\"");
  }

  @Test
  void updateWithTheCurrentETagAppliesAndAnswersTheNextETag() {
    update("\"0\"")
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name.en", equalTo("Renamed"))
        .body("version", equalTo(1));
    asPartner().get(WIDGETS + "/" + id).then().body("name.en", equalTo("Renamed"));
  }

  @Test
  void staleIfMatchAnswers412AndChangesNothing() {
    update("\"0\"").statusCode(200);
    update("\"0\"")
        .statusCode(412)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo("https://sdghub.org/problems/stale-version"))
        .body("status", equalTo(412))
        .body(
            "detail",
            equalTo(
                "The resource is now at version 1; fetch it again and retry with If-Match: \"1\"."));
    asPartner().get(WIDGETS + "/" + id).then().header("ETag", "\"1\"");
  }

  @Test
  void staleIfMatchOnTheFirstChangeLeavesTheResourceAsItWas() {
    update("\"7\"").statusCode(412);
    assertUnchanged();
  }

  @Test
  void missingIfMatchAnswers428AndChangesNothing() {
    asPartner()
        .contentType(ContentType.JSON)
        .body(RENAMED)
        .put(WIDGETS + "/" + id)
        .then()
        .statusCode(428)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo("https://sdghub.org/problems/precondition-required"))
        .body("status", equalTo(428));
    assertUnchanged();
  }

  @Test
  void racingUpdateThatPassedItsCheckStillAnswers412AndLosesNothing() throws Exception {
    SlowGate.close();
    CompletableFuture<Integer> slow =
        CompletableFuture.supplyAsync(
            () ->
                asPartner()
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(RENAMED)
                    .put("/api/test/slow-widgets/" + id)
                    .statusCode());
    try {
      assertTrue(SlowGate.awaitRequest(), "the slow update should pass its If-Match check");
      asPartner()
          .contentType(ContentType.JSON)
          .header("If-Match", "\"0\"")
          .body("{\"name\": {\"en\": \"Fast\", \"ru\": \"Быстро\"}, \"rank\": 2}")
          .put(WIDGETS + "/" + id)
          .then()
          .statusCode(200);
    } finally {
      SlowGate.open();
    }
    assertEquals(412, slow.get(30, TimeUnit.SECONDS), "the loser's write is refused");
    asPartner()
        .get(WIDGETS + "/" + id)
        .then()
        .header("ETag", "\"1\"")
        .body("name.en", equalTo("Fast"));
  }

  @Test
  void weakETagNeverMatches() {
    update("W/\"0\"").statusCode(412);
    assertUnchanged();
  }

  @Test
  void anyOfSeveralETagsMayMatch() {
    update("\"5\", \"0\"").statusCode(200).header("ETag", "\"1\"");
  }

  @Test
  void wildcardMatchesAnyVersionOfAnExistingResource() {
    update("\"0\"").statusCode(200);
    update("*").statusCode(200).header("ETag", "\"2\"");
  }

  @Test
  void malformedIfMatchAnswers400NamingTheHeader() {
    update("0")
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors[0].field", equalTo("If-Match"));
    assertUnchanged();
  }

  private ValidatableResponse update(String ifMatch) {
    return asPartner()
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(RENAMED)
        .put(WIDGETS + "/" + id)
        .then();
  }

  private void assertUnchanged() {
    asPartner()
        .get(WIDGETS + "/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("name.en", equalTo("Original"))
        .body("rank", equalTo(1));
  }
}
