package org.sdghub.funding.api;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.funding.Requests.TRANSACTIONS;
import static org.sdghub.funding.Requests.asCoordinator;
import static org.sdghub.funding.Requests.asViewer;
import static org.sdghub.funding.Requests.transaction;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdghub.funding.Copies;
import org.sdghub.funding.Requests;
import org.sdghub.funding.Rows;
import org.sdghub.funding.events.FundingEventTypes;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.Role;
import org.sdghub.platform.ServiceTopics;
import org.sdghub.platform.testing.EventSchemaAssertions;
import org.sdghub.platform.testing.TopicProbe;

/** Corrections are versions with If-Match, withdrawal keeps the row, POSTs are idempotent. */
@QuarkusTest
class TransactionVersionsTest {

  private static UUID donor;
  private static Copies.Project project;

  @Inject Rows rows;

  @BeforeEach
  void knowAProject() {
    if (project == null) {
      donor = Copies.organisation();
      project = Copies.project(donor, donor).known();
    }
  }

  private Map<String, Object> body(String amount) {
    return Requests.transaction("disbursement", project.id, donor, donor, amount, "2033-02-01");
  }

  @Test
  void aCorrectionWithoutIfMatchAnswers428AndAStaleOne412AndNeitherChangesAnything() {
    String id = Requests.record(body("100"));
    asCoordinator().body(body("200")).put(transaction(id)).then().statusCode(428);
    asCoordinator()
        .header("If-Match", "\"7\"")
        .body(body("200"))
        .put(transaction(id))
        .then()
        .statusCode(412);
    asViewer()
        .get(transaction(id))
        .then()
        .body("amount", equalTo("100.00"))
        .body("version", equalTo(0));
    assertEquals(1, rows.historyRowsOf(id));
  }

  @Test
  void aCorrectionIsANewVersionInTheHistoryAndACorrectedEvent() {
    String id = Requests.record(body("100"));
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.FUNDING)) {
      asCoordinator()
          .header("If-Match", "\"0\"")
          .body(body("250.50"))
          .put(transaction(id))
          .then()
          .statusCode(200)
          .header("ETag", "\"1\"")
          .body("amount", equalTo("250.50"))
          .body("usd.amount", equalTo("250.50"));
      // The create's own event may still be on its way after the probe started.
      ReceivedEvent event =
          probe
              .awaitEvents(
                  e -> e.subject().equals(id) && e.type().equals(FundingEventTypes.CORRECTED),
                  1,
                  Duration.ofSeconds(20))
              .get(0);
      assertEquals(1, event.sequence());
      EventSchemaAssertions.assertValid(event);
    }
    asViewer()
        .get(transaction(id) + "/history")
        .then()
        .statusCode(200)
        .body("change", equalTo(List.of("recorded", "corrected")))
        .body("[0].state.amount", equalTo("100.00"))
        .body("[1].state.amount", equalTo("250.50"));
  }

  @Test
  void aMergePatchCorrectsOnlyTheFieldsItNamesAsANewVersion() {
    String id = Requests.record(body("100"));
    String patch = "{\"amount\": \"120.00\", \"financeType\": \"110\", \"description\": null}";
    asCoordinator()
        .contentType("application/merge-patch+json")
        .header("If-Match", "\"0\"")
        .body(patch.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .patch(transaction(id))
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("amount", equalTo("120.00"))
        .body("financeType", equalTo("110"))
        .body("description", equalTo(null))
        .body("type", equalTo("disbursement"));
    asCoordinator()
        .contentType("application/merge-patch+json")
        .header("If-Match", "\"1\"")
        .body(
            "{\"amount\": \"oops\", \"colour\": 1}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .patch(transaction(id))
        .then()
        .statusCode(400);
    asCoordinator()
        .contentType("application/merge-patch+json")
        .body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .patch(transaction(id))
        .then()
        .statusCode(428);
    assertEquals(2, rows.historyRowsOf(id));
  }

  @Test
  void aWithdrawnTransactionStaysReadableButCountsNoMore() {
    String id = Requests.record(body("300"));
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.FUNDING)) {
      asCoordinator()
          .header("If-Match", "\"0\"")
          .delete(transaction(id))
          .then()
          .statusCode(200)
          .body("status", equalTo("withdrawn"));
      // The create's own event may still be on its way after the probe started: wait for the
      // withdrawal's, and see that it is the last word on the transaction.
      ReceivedEvent event =
          probe
              .awaitEvents(
                  e -> e.subject().equals(id) && e.type().equals(FundingEventTypes.WITHDRAWN),
                  1,
                  Duration.ofSeconds(20))
              .get(0);
      assertEquals("withdrawn", event.data().get("status").asText());
    }
    asViewer().get(transaction(id)).then().statusCode(200).body("status", equalTo("withdrawn"));
    assertEquals(2, rows.historyRowsOf(id));
    asCoordinator().header("If-Match", "\"1\"").delete(transaction(id)).then().statusCode(409);
    asViewer()
        .get("/api/v1/funding/projects/" + project.id)
        .then()
        .statusCode(200)
        .body("figures.disbursed.transactions", equalTo(rows.activeDisbursementsOn(project.id)));
  }

  @Test
  void aRetriedPostWithTheSameIdempotencyKeyRecordsOnce() {
    UUID fresh = Copies.project(donor, donor).known().id;
    Map<String, Object> body = body("42");
    body.put("projectId", fresh.toString());
    String key = "retry-" + UUID.randomUUID();
    UUID caller = UUID.randomUUID();
    String first =
        Requests.as(caller, Role.COORDINATOR)
            .header("Idempotency-Key", key)
            .body(body)
            .post(TRANSACTIONS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String again =
        Requests.as(caller, Role.COORDINATOR)
            .header("Idempotency-Key", key)
            .body(body)
            .post(TRANSACTIONS)
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", "true")
            .extract()
            .path("id");
    assertEquals(first, again);
    assertEquals(1, rows.transactionsOn(fresh));
  }

  @Test
  void aWithdrawalWithAStaleIfMatchAnswers412AndWithdrawsNothing() {
    String id = Requests.record(body("5"));
    asCoordinator().header("If-Match", "\"3\"").delete(transaction(id)).then().statusCode(412);
    asCoordinator().delete(transaction(id)).then().statusCode(428);
    asViewer().get(transaction(id)).then().body("status", equalTo("active"));
    assertEquals(1, rows.historyRowsOf(id));
  }

  @Test
  void anUnknownTransactionAnswers404() {
    asViewer().get(transaction(UUID.randomUUID().toString())).then().statusCode(404);
  }
}
