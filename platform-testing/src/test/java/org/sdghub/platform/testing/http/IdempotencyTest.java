package org.sdghub.platform.testing.http;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdghub.platform.testing.http.Requests.PROBLEM_JSON;
import static org.sdghub.platform.testing.http.Requests.WIDGETS;
import static org.sdghub.platform.testing.http.Requests.as;
import static org.sdghub.platform.testing.http.Requests.newBatch;
import static org.sdghub.platform.testing.http.Requests.widget;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.Role;
import org.sdghub.platform.internal.idempotency.IdempotencyStore;

/** A POST retried with its Idempotency-Key gets the first answer, never a second effect. */
@QuarkusTest
class IdempotencyTest {

  private static final String SLOW_WIDGETS = "/api/test/slow-widgets";
  private static final String TYPES = "https://sdghub.org/problems/";

  @Inject Rows rows;
  @Inject IdempotencyStore store;
  @Inject MeterRegistry meters;

  private final UUID organisation = UUID.randomUUID();
  private final String key = UUID.randomUUID().toString();
  private final String batch = newBatch();

  @Test
  void retryWithTheSameKeyAndBodyReplaysTheFirstResponseByteForByte() throws Exception {
    Response first = post(WIDGETS, organisation, key, widget(batch, "Water", 1));
    Response retry = post(WIDGETS, organisation, key, widget(batch, "Water", 1));

    assertEquals(201, first.statusCode());
    assertEquals(201, retry.statusCode());
    assertEquals(first.header("Location"), retry.header("Location"));
    assertEquals(first.header("ETag"), retry.header("ETag"));
    assertEquals(first.contentType(), retry.contentType());
    assertArrayEquals(first.asByteArray(), retry.asByteArray());
    assertNull(first.header("Idempotent-Replayed"));
    assertEquals("true", retry.header("Idempotent-Replayed"));
    assertEquals(1, rows.widgetsIn(batch), "the work was done once");
    assertEquals(1, rows.storedResponses(organisation, key));
  }

  @Test
  void eachOutcomeIsCountedInTheMetrics() throws Exception {
    double first = requests("first");
    double replayed = requests("replayed");
    double reused = requests("key-reused");

    post(WIDGETS, organisation, key, widget(batch, "Water", 1)).then().statusCode(201);
    post(WIDGETS, organisation, key, widget(batch, "Water", 1)).then().statusCode(201);
    post(WIDGETS, organisation, key, widget(batch, "Water", 1)).then().statusCode(201);
    post(WIDGETS, organisation, key, widget(batch, "Energy", 1)).then().statusCode(422);

    assertEquals(first + 1, requests("first"));
    assertEquals(replayed + 2, requests("replayed"));
    assertEquals(reused + 1, requests("key-reused"));
  }

  private double requests(String outcome) {
    return meters.get("sdghub.idempotency.requests").tag("outcome", outcome).counter().count();
  }

  @Test
  void sameKeyWithAnotherBodyAnswers422AndDoesNothing() throws Exception {
    post(WIDGETS, organisation, key, widget(batch, "Water", 1)).then().statusCode(201);

    post(WIDGETS, organisation, key, widget(batch, "Energy", 1))
        .then()
        .statusCode(422)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "idempotency-key-reused"))
        .body("status", equalTo(422))
        .body("instance", equalTo(WIDGETS));
    assertEquals(1, rows.widgetsIn(batch));
  }

  @Test
  void sameKeyWhileTheFirstRequestIsInFlightAnswers409() throws Exception {
    SlowGate.close();
    CompletableFuture<Response> first =
        CompletableFuture.supplyAsync(
            () -> post(SLOW_WIDGETS, organisation, key, widget(batch, "Water", 1)));
    try {
      assertTrue(SlowGate.awaitRequest(), "the first request should reach the resource");
      post(SLOW_WIDGETS, organisation, key, widget(batch, "Water", 1))
          .then()
          .statusCode(409)
          .contentType(PROBLEM_JSON)
          .body("type", equalTo(TYPES + "idempotency-key-in-use"))
          .body("status", equalTo(409));
    } finally {
      SlowGate.open();
    }
    Response done = first.get(30, TimeUnit.SECONDS);
    assertEquals(201, done.statusCode());
    post(SLOW_WIDGETS, organisation, key, widget(batch, "Water", 1))
        .then()
        .statusCode(201)
        .header("Location", done.header("Location"));
    assertEquals(1, rows.widgetsIn(batch));
  }

  @Test
  void keysAreScopedToTheCallersOrganisation() throws Exception {
    UUID other = UUID.randomUUID();
    Response mine = post(WIDGETS, organisation, key, widget(batch, "Water", 1));
    Response theirs = post(WIDGETS, other, key, widget(batch, "Energy", 1));

    assertEquals(201, mine.statusCode());
    assertEquals(201, theirs.statusCode(), "another organisation's key is not the same key");
    assertNotEquals(mine.header("Location"), theirs.header("Location"));
    post(WIDGETS, organisation, key, widget(batch, "Water", 1))
        .then()
        .statusCode(201)
        .header("Location", mine.header("Location"));
    assertEquals(2, rows.widgetsIn(batch));
  }

  @Test
  void expiredKeyNoLongerBindsAndIsPurged() throws Exception {
    post(WIDGETS, organisation, key, widget(batch, "Water", 1)).then().statusCode(201);
    rows.expire(organisation, key);

    post(WIDGETS, organisation, key, widget(batch, "Energy", 1))
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", (String) null);
    assertEquals(2, rows.widgetsIn(batch));

    rows.expire(organisation, key);
    assertTrue(store.purgeExpired() >= 1);
    assertEquals(0, rows.storedResponses(organisation, key));
  }

  @Test
  void failedRequestIsNotStoredSoARetryRunsAgain() throws Exception {
    String failing = widget(batch, WidgetService.FAILS_AFTER_INSERT, 1);
    post(WIDGETS, organisation, key, failing).then().statusCode(400).contentType(PROBLEM_JSON);
    assertEquals(0, rows.widgetsIn(batch), "the insert was rolled back");
    assertEquals(0, rows.storedResponses(organisation, key), "nothing to replay");

    post(WIDGETS, organisation, key, failing).then().statusCode(400);
    post(WIDGETS, organisation, key, widget(batch, "Water", 1)).then().statusCode(201);
    assertEquals(1, rows.widgetsIn(batch));
  }

  @Test
  void keyOfUpTo255CharactersIsAcceptedAndALongerOneAnswers400() throws Exception {
    post(WIDGETS, organisation, "k".repeat(255), widget(batch, "Water", 1)).then().statusCode(201);

    post(WIDGETS, organisation, "k".repeat(256), widget(batch, "Energy", 1))
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors[0].field", equalTo("Idempotency-Key"));
    assertEquals(1, rows.widgetsIn(batch));
  }

  @Test
  void endpointThatIsNotIdempotentRefusesAKeyRatherThanIgnoreIt() {
    as(organisation, Role.PARTNER)
        .header("Idempotency-Key", key)
        .post("/api/test/problems/not-idempotent")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors[0].field", equalTo("Idempotency-Key"))
        .body("errors[0].message", not(equalTo("")));
  }

  private static Response post(String path, UUID organisation, String key, String body) {
    return as(organisation, Role.PARTNER)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post(path);
  }
}
