package org.sdghub.funding.api;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.funding.Requests.RATES;
import static org.sdghub.funding.Requests.asCoordinator;
import static org.sdghub.funding.Requests.asViewer;
import static org.sdghub.funding.Requests.transaction;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.funding.Copies;
import org.sdghub.funding.Requests;
import org.sdghub.funding.events.FundingEventTypes;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.Role;
import org.sdghub.platform.ServiceTopics;
import org.sdghub.platform.testing.TopicProbe;

/** A corrected rate changes no transaction until a coordinator revalues them, explicitly. */
@QuarkusTest
class RevaluationTest {

  private static final String REVALUATIONS = RATES + "/revaluations";

  @Test
  void aCorrectedRateIsAppliedOnlyByARevaluationThatReportsAndRecordsWhatItChanged() {
    UUID donor = Copies.organisation();
    UUID project = Copies.project(donor, donor).known().id;
    Requests.loadRates(List.of(List.of("KRW", "2036-05-01", "1250")));
    Map<String, Object> body =
        Requests.transaction("3", project, donor, donor, "1250000", "2036-05-10");
    body.put("currency", "KRW");
    String id = Requests.record(body);
    asViewer().get(transaction(id)).then().body("usd.amount", equalTo("1000.00"));

    asCoordinator()
        .body(
            List.of(
                Map.of(
                    "currency",
                    "KRW",
                    "date",
                    "2036-05-01",
                    "unitsPerUsd",
                    "1000",
                    "source",
                    "corrected")))
        .post(RATES)
        .then()
        .statusCode(200)
        .body("corrected", equalTo(1))
        .body("inUse[0].transactions", equalTo(1));
    asViewer()
        .get(transaction(id))
        .then()
        .body("usd.amount", equalTo("1000.00"))
        .body("version", equalTo(0));

    Map<String, String> request =
        Map.of("currency", "KRW", "valueDateFrom", "2036-05-01", "valueDateTo", "2036-05-31");
    Requests.as(UUID.randomUUID(), Role.DONOR)
        .body(request)
        .post(REVALUATIONS)
        .then()
        .statusCode(403);
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.FUNDING)) {
      asCoordinator()
          .body(request)
          .post(REVALUATIONS)
          .then()
          .statusCode(200)
          .body("examined", equalTo(1))
          .body("revalued[0].transactionId", equalTo(id))
          .body("revalued[0].before.amount", equalTo("1000.00"))
          .body("revalued[0].after.amount", equalTo("1250.00"))
          .body("revalued[0].after.rateSource", equalTo("corrected"));
      // The create's own event may still be on its way after the probe started.
      ReceivedEvent event =
          probe
              .awaitEvents(
                  e -> e.subject().equals(id) && e.type().equals(FundingEventTypes.CORRECTED),
                  1,
                  Duration.ofSeconds(20))
              .get(0);
      assertEquals("1250.00", event.data().at("/usd/amount").asText());
    }
    asViewer()
        .get(transaction(id) + "/history")
        .then()
        .body("change", equalTo(List.of("recorded", "revalued")));
    asCoordinator()
        .body(request)
        .post(REVALUATIONS)
        .then()
        .statusCode(200)
        .body("revalued.size()", equalTo(0));
  }
}
