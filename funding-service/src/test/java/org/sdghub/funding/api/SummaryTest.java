package org.sdghub.funding.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.funding.Requests.SUMMARY;
import static org.sdghub.funding.Requests.asViewer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdghub.funding.Copies;
import org.sdghub.funding.Requests;

/**
 * Summaries against figures worked out by hand. Nine transactions in 2037-2038 on two projects:
 *
 * <pre>
 * P1 budget 1,000,000 USD, KZ 60 % / UZ 40 %, goals 6 and 13, accountable A
 * P2 budget 500,000 EUR at 0.5 = 1,000,000 USD, TJ, goal 6, accountable B
 * T1 D1→A P1 outgoing commitment 400,000 on 02-01  } both sides, 4 days apart: counted once
 * T2 D1→A P1 incoming commitment 400,000 on 02-05  }
 * T3 D1→A P1 disbursement 100,000 on 03-01         } 30 days apart: counted twice
 * T4 D1→A P1 incoming funds 100,000 on 03-31       }
 * T5 D2→A P1 disbursement 50,000 on 04-01          } other amount: counted twice
 * T6 D2→A P1 incoming funds 49,000 on 04-02        }
 * T7 D2→B P2 outgoing pledge 300,000 on 05-01: shown, not funding
 * T8 D2→B P2 outgoing commitment 100,000 EUR at 0.5 = 200,000 USD on 05-01
 * T9 B→B P2 expenditure 20,000 on 2038-01-15
 * </pre>
 */
@QuarkusTest
class SummaryTest {

  private static UUID d1;
  private static UUID d2;
  private static UUID a;
  private static UUID b;
  private static Copies.Project p1;
  private static Copies.Project p2;
  private static Map<String, String> ids;

  @BeforeEach
  void recordTheNineTransactions() {
    if (p1 != null) {
      return;
    }
    d1 = Copies.organisation();
    d2 = Copies.organisation();
    a = Copies.organisation();
    b = Copies.organisation();
    Requests.loadRates(
        List.of(List.of("EUR", "2037-01-01", "0.5"), List.of("EUR", "2037-05-01", "0.5")));
    p1 = Copies.project(a, a);
    p1.countries.clear();
    p1.countries.putAll(Map.of("KZ", 60, "UZ", 40));
    p1.goals = List.of(6, 13);
    p1.known();
    p2 = Copies.project(b, b);
    p2.countries.clear();
    p2.countries.put("TJ", 100);
    p2.budgetAmount = "500000";
    p2.budgetCurrency = "EUR";
    p2.plannedStart = "2037-01-10";
    p2.known();
    ids =
        Map.of(
            "T1", record("2", p1, d1, a, "400000", "USD", "2037-02-01"),
            "T2", record("11", p1, d1, a, "400000", "USD", "2037-02-05"),
            "T3", record("3", p1, d1, a, "100000", "USD", "2037-03-01"),
            "T4", record("1", p1, d1, a, "100000", "USD", "2037-03-31"),
            "T5", record("3", p1, d2, a, "50000", "USD", "2037-04-01"),
            "T6", record("1", p1, d2, a, "49000", "USD", "2037-04-02"),
            "T7", record("12", p2, d2, b, "300000", "USD", "2037-05-01"),
            "T8", record("2", p2, d2, b, "100000", "EUR", "2037-05-01"),
            "T9", record("4", p2, b, b, "20000", "USD", "2038-01-15"));
  }

  private static String record(
      String type,
      Copies.Project p,
      UUID from,
      UUID to,
      String amount,
      String currency,
      String date) {
    Map<String, Object> body = Requests.transaction(type, p.id, from, to, amount, date);
    body.put("currency", currency);
    return Requests.record(body);
  }

  private static JsonPath summary(String groupBy) {
    return asViewer()
        .queryParam("groupBy", groupBy)
        .queryParam("valueDateFrom", "2037-01-01")
        .queryParam("valueDateTo", "2038-12-31")
        .get(SUMMARY)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** budget, pledged, committed, disbursed, expended, gap, percent of one row. */
  private static List<String> figures(JsonPath json, String row) {
    String at = row.equals("total") ? "total" : "groups.find { it.key == '" + row + "' }";
    return List.of(
        String.valueOf(json.getString(at + ".budgetUsd")),
        json.getString(at + ".pledged.usd"),
        json.getString(at + ".committed.usd"),
        json.getString(at + ".disbursed.usd"),
        json.getString(at + ".expended.usd"),
        String.valueOf(json.getString(at + ".gapUsd")),
        String.valueOf(json.getString(at + ".percentFunded")));
  }

  private static List<String> row(String... values) {
    return List.of(values);
  }

  @Test
  void theTotalCountsABothSidesFlowOnceNearMissesTwiceAndPledgesApart() {
    JsonPath json = summary("project");
    assertEquals(
        row("2000000.00", "300000.00", "600000.00", "299000.00", "20000.00", "1400000.00", "30.0"),
        figures(json, "total"));
    assertEquals(3, json.getInt("total.committed.transactions"));
    assertEquals(2, json.getInt("total.committed.flows"));
    assertEquals(1, json.getInt("total.committed.confirmedByBothSides"));
    assertEquals(4, json.getInt("total.disbursed.flows"));
    assertEquals(0, json.getInt("total.disbursed.confirmedByBothSides"));
  }

  @Test
  void groupedByProject() {
    JsonPath json = summary("project");
    assertEquals(
        row("1000000.00", "0.00", "400000.00", "299000.00", "0.00", "600000.00", "40.0"),
        figures(json, p1.id.toString()));
    assertEquals(
        row("1000000.00", "300000.00", "200000.00", "0.00", "20000.00", "800000.00", "20.0"),
        figures(json, p2.id.toString()));
  }

  @Test
  void groupedByDonorAndByReceiver() {
    JsonPath donors = summary("donor");
    assertEquals(
        row("null", "0.00", "400000.00", "200000.00", "0.00", "null", "null"),
        figures(donors, d1.toString()));
    assertEquals(
        row("null", "300000.00", "200000.00", "99000.00", "0.00", "null", "null"),
        figures(donors, d2.toString()));
    assertEquals(
        row("null", "0.00", "0.00", "0.00", "20000.00", "null", "null"),
        figures(donors, b.toString()));
    JsonPath receivers = summary("receiver");
    assertEquals(
        row("null", "0.00", "400000.00", "299000.00", "0.00", "null", "null"),
        figures(receivers, a.toString()));
    assertEquals(
        row("null", "300000.00", "200000.00", "0.00", "20000.00", "null", "null"),
        figures(receivers, b.toString()));
  }

  @Test
  void groupedByCountryAMultiCountryProjectSplitsByItsPercentages() {
    JsonPath json = summary("country");
    assertEquals(
        row("600000.00", "0.00", "240000.00", "179400.00", "0.00", "360000.00", "40.0"),
        figures(json, "KZ"));
    assertEquals(
        row("400000.00", "0.00", "160000.00", "119600.00", "0.00", "240000.00", "40.0"),
        figures(json, "UZ"));
    assertEquals(
        row("1000000.00", "300000.00", "200000.00", "0.00", "20000.00", "800000.00", "20.0"),
        figures(json, "TJ"));
  }

  @Test
  void groupedBySdgGoalEachGoalGetsTheWholeProject() {
    JsonPath json = summary("sdgGoal");
    assertEquals(
        row("2000000.00", "300000.00", "600000.00", "299000.00", "20000.00", "1400000.00", "30.0"),
        figures(json, "6"));
    assertEquals(
        row("1000000.00", "0.00", "400000.00", "299000.00", "0.00", "600000.00", "40.0"),
        figures(json, "13"));
  }

  @Test
  void groupedByYearOfTheValueDate() {
    JsonPath json = summary("year");
    assertEquals(
        row("null", "300000.00", "600000.00", "299000.00", "0.00", "null", "null"),
        figures(json, "2037"));
    assertEquals(
        row("null", "0.00", "0.00", "0.00", "20000.00", "null", "null"), figures(json, "2038"));
  }

  @Test
  void eachTransactionSaysWhetherBothSidesReportItsFlow() {
    asViewer()
        .get(Requests.transaction(ids.get("T2")))
        .then()
        .body("reporting.status", org.hamcrest.Matchers.equalTo("confirmed-by-both-sides"))
        .body("reporting.counterpartId", org.hamcrest.Matchers.equalTo(ids.get("T1")));
    for (String nearMiss : List.of("T3", "T4", "T5", "T6")) {
      asViewer()
          .get(Requests.transaction(ids.get(nearMiss)))
          .then()
          .body("reporting.status", org.hamcrest.Matchers.equalTo("reported-by-one-side"));
    }
  }

  @Test
  void aProjectsFundingShowsItsBudgetInUsdAndItsCountries() {
    JsonPath json =
        asViewer()
            .get("/api/v1/funding/projects/" + p2.id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("500000", json.getString("budget.amount"));
    assertEquals("EUR", json.getString("budget.currency"));
    assertEquals("1000000.00", json.getString("budget.usd"));
    assertEquals("2037-01-01", json.getString("budget.rateDate"));
    assertEquals("200000.00", json.getString("figures.committed.usd"));
    assertEquals("800000.00", json.getString("figures.gapUsd"));
    assertEquals("TJ", json.getString("byCountry[0].key"));
  }

  @Test
  void anUnfundedProjectHasItsWholeBudgetAsGap() {
    Copies.Project unfunded = Copies.project(a, a).known();
    asViewer()
        .get("/api/v1/funding/projects/" + unfunded.id)
        .then()
        .statusCode(200)
        .body("figures.gapUsd", org.hamcrest.Matchers.equalTo("1000000.00"))
        .body("figures.percentFunded", org.hamcrest.Matchers.equalTo("0.0"));
    asViewer()
        .queryParam("groupBy", "project")
        .queryParam("project", unfunded.id.toString())
        .get(SUMMARY)
        .then()
        .body("groups[0].key", org.hamcrest.Matchers.equalTo(unfunded.id.toString()))
        .body("total.gapUsd", org.hamcrest.Matchers.equalTo("1000000.00"));
  }

  @Test
  void anUnknownGroupingAnswers400() {
    asViewer().queryParam("groupBy", "planet").get(SUMMARY).then().statusCode(400);
    asViewer().get(SUMMARY).then().statusCode(400);
  }
}
