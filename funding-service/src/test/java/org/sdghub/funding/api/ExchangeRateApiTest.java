package org.sdghub.funding.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.funding.Requests.RATES;
import static org.sdghub.funding.Requests.asCoordinator;
import static org.sdghub.funding.Requests.asViewer;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.funding.Rows;
import org.sdghub.funding.events.FundingEventTypes;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.Role;
import org.sdghub.platform.ServiceTopics;
import org.sdghub.platform.testing.EventSchemaAssertions;
import org.sdghub.platform.testing.TopicProbe;

/** Loading rates in bulk, all or nothing, as JSON or CSV; listing them. */
@QuarkusTest
class ExchangeRateApiTest {

  @Inject Rows rows;
  @Inject org.sdghub.funding.PublishedChanges changes;

  private static Map<String, String> rate(String currency, String date, String units) {
    return Map.of("currency", currency, "date", date, "unitsPerUsd", units, "source", "ECB");
  }

  @Test
  void coordinatorsLoadRatesAsJsonAndEachIsPublished() {
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.FUNDING)) {
      asCoordinator()
          .body(List.of(rate("GBP", "2035-01-01", "0.79"), rate("GBP", "2035-02-01", "0.8")))
          .post(RATES)
          .then()
          .statusCode(200)
          .body("created", equalTo(2))
          .body("corrected", equalTo(0));
      List<ReceivedEvent> events =
          probe.awaitEvents(
              e ->
                  e.type().equals(FundingEventTypes.RATE_UPDATED)
                      && e.data().get("currency").asText().equals("GBP")
                      && e.data().get("date").asText().startsWith("2035"),
              2,
              Duration.ofSeconds(20));
      events.forEach(EventSchemaAssertions::assertValid);
      var change = changes.about(events.get(0).subject()).get(0);
      assertEquals(FundingEventTypes.RATE_UPDATED, change.type());
      assertEquals(java.util.UUID.fromString(events.get(0).id()), change.eventId());
      assertEquals(null, change.projectId());
    }
    asViewer()
        .queryParam("currency", "GBP")
        .queryParam("from", "2035-01-15")
        .queryParam("to", "2035-12-31")
        .get(RATES)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].unitsPerUsd", equalTo("0.8"))
        .body("items[0].source", equalTo("ECB"));
  }

  @Test
  void coordinatorsLoadRatesAsCsv() {
    String csv =
        "currency,date,unitsPerUsd,source\nCHF,2035-01-01,0.88,SNB\nCHF,2035-02-01,0.87,SNB\n";
    asCoordinator()
        .contentType("text/csv")
        .body(csv)
        .post(RATES)
        .then()
        .statusCode(200)
        .body("created", equalTo(2));
    assertEquals(2, rows.ratesIn("CHF", 2035));
  }

  @Test
  void oneBadRowRejectsTheWholeUploadNamingRowAndField() {
    asCoordinator()
        .body(
            List.of(
                rate("CNY", "2035-01-01", "7.1"),
                rate("CNY", "2035-02-01", "-7"),
                rate("CNY", "2035-02-30", "7")))
        .post(RATES)
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("rows[1].unitsPerUsd", "rows[2].date")));
    String csv =
        "currency,date,unitsPerUsd,source\nCNY,2035-03-01,7.1,PBOC\nCN,2035-04-01,7,PBOC\n";
    asCoordinator()
        .contentType("text/csv")
        .body(csv)
        .post(RATES)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("rows[1].currency"));
    assertEquals(0, rows.ratesIn("CNY", 2035));
  }

  @Test
  void aRetriedUploadWithTheSameIdempotencyKeyLoadsOnce() {
    UUID coordinator = UUID.randomUUID();
    List<Map<String, String>> body = List.of(rate("TJS", "2035-01-01", "10.9"));
    for (int attempt = 0; attempt < 2; attempt++) {
      org.sdghub.funding.Requests.as(coordinator, Role.COORDINATOR)
          .header("Idempotency-Key", "rates-tjs-2035")
          .body(body)
          .post(RATES)
          .then()
          .statusCode(200)
          .body("created", equalTo(1));
    }
    assertEquals(1, rows.ratesIn("TJS", 2035));
  }

  @Test
  void usdIsAlwaysOne() {
    asCoordinator()
        .body(List.of(rate("USD", "2035-01-01", "1.1")))
        .post(RATES)
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("rows[0].unitsPerUsd")));
  }

  @Test
  void onlyCoordinatorsLoadRates() {
    for (Role role : List.of(Role.DONOR, Role.PARTNER, Role.VIEWER)) {
      org.sdghub.funding.Requests.as(UUID.randomUUID(), role)
          .body(List.of(rate("RUB", "2035-01-01", "95")))
          .post(RATES)
          .then()
          .statusCode(403);
    }
    assertEquals(0, rows.ratesIn("RUB", 2035));
  }

  @Test
  void theDemoRateSetLoadsAndCoversEveryDemoCurrencyMonthly() throws IOException {
    String csv;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("demo/exchange-rates.csv")) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    asCoordinator().contentType("text/csv").body(csv).post(RATES).then().statusCode(200);
    for (String currency :
        List.of(
            "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "KRW", "RUB", "KZT", "KGS", "TJS", "TMT",
            "UZS", "AFN")) {
      for (int year = 2015; year <= 2030; year++) {
        assertEquals(12, rows.ratesIn(currency, year), currency + " " + year);
      }
    }
    asViewer()
        .queryParam("currency", "KZT")
        .queryParam("from", "2025-01-01")
        .queryParam("to", "2025-01-01")
        .get(RATES)
        .then()
        .body("items[0].source", equalTo("demo data (not official rates)"));
  }
}
