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
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Rows;

/**
 * Budgets per period as IATI has them: each at most a year, original or revised, indicative or
 * committed, with a value date; the total derived from them; amounts with no more decimals than
 * their currency has, in real currencies only.
 */
@QuarkusTest
class ProjectBudgetsTest {

  @Inject Rows rows;

  private static Map<String, Object> period(
      String type, String start, String end, String amount, String currency) {
    return map(
        "type",
        type,
        "status",
        "committed",
        "periodStart",
        start,
        "periodEnd",
        end,
        "value",
        map("amount", amount, "currency", currency),
        "valueDate",
        start);
  }

  private static Map<String, Object> withBudgets(List<Map<String, Object>> budgets) {
    Map<String, Object> body = Projects.valid(Organisations.known());
    body.remove("budget");
    body.put("budgets", new ArrayList<>(budgets));
    return body;
  }

  private static ValidatableResponse post(Map<String, Object> body) {
    return asCoordinator().body(body).post(PROJECTS).then();
  }

  @Test
  void theTotalIsDerivedFromThePeriodsARevisionReplacingItsOriginal() {
    Map<String, Object> body =
        withBudgets(
            List.of(
                period("original", "2024-01-01", "2024-12-31", "100000.00", "USD"),
                period("original", "2025-01-01", "2025-12-31", "150000.00", "USD"),
                period("revised", "2025-01-01", "2025-12-31", "120000.50", "USD")));

    String id =
        post(body)
            .statusCode(201)
            .body("budget.amount", equalTo("220000.50"))
            .body("budget.currency", equalTo("USD"))
            .body("budgets.type", contains("original", "original", "revised"))
            .body("budgets[2].value.amount", equalTo("120000.50"))
            .extract()
            .path("id");

    // What a read returns goes back unchanged.
    body.put("budget", map("amount", "220000.50", "currency", "USD"));
    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(200)
        .body("version", equalTo(0));
  }

  @Test
  void aTotalThatDisagreesWithThePeriodsIsRefused() {
    Map<String, Object> body =
        withBudgets(List.of(period("original", "2024-01-01", "2024-12-31", "100", "USD")));
    body.put("budget", map("amount", "999", "currency", "USD"));

    post(body)
        .statusCode(400)
        .body("errors.field", hasItem("budget"))
        .body(
            "errors.message",
            hasItem("is derived from budgets (100.00 USD): leave it out or send that"));
    assertEquals(0, rows.projectsWithIdentifier((String) body.get("iatiIdentifier")));
  }

  @Test
  void aPeriodCoversAtMostAYearAndPeriodsOfOneTypeDoNotOverlap() {
    post(withBudgets(List.of(period("original", "2024-01-01", "2025-01-01", "1", "USD"))))
        .statusCode(400)
        .body("errors.field", contains("budgets[0].periodEnd"))
        .body(
            "errors.message",
            contains(
                "must be within a year of periodStart (IATI: a budget covers at most a year)"));
    post(withBudgets(
            List.of(
                period("original", "2024-01-01", "2024-12-31", "1", "USD"),
                period("original", "2024-07-01", "2025-06-30", "1", "USD"))))
        .statusCode(400)
        .body("errors.field", contains("budgets[1]"));
    post(withBudgets(
            List.of(
                period("original", "2024-01-01", "2024-12-31", "1", "USD"),
                period("original", "2025-01-01", "2025-12-31", "1", "EUR"))))
        .statusCode(400)
        .body("errors.field", contains("budgets[1].value.currency"));
  }

  @Test
  void amountsHaveNoMoreDecimalsThanTheirCurrency() {
    Map<String, Object> yen = Projects.valid(Organisations.known());
    yen.put("budget", map("amount", "1000.50", "currency", "JPY"));
    post(yen)
        .statusCode(400)
        .body("errors.field", contains("budget.amount"))
        .body("errors.message", contains("JPY amounts have at most 0 decimals"));
    yen.put("budget", map("amount", "1000.00", "currency", "JPY"));
    post(yen).statusCode(201).body("budget.amount", equalTo("1000"));

    Map<String, Object> dinar = Projects.valid(Organisations.known());
    dinar.put("budget", map("amount", "12.125", "currency", "KWD"));
    post(dinar).statusCode(201).body("budget.amount", equalTo("12.125"));
    dinar = Projects.valid(Organisations.known());
    dinar.put("budget", map("amount", "12.125", "currency", "USD"));
    post(dinar)
        .statusCode(400)
        .body("errors.message", contains("USD amounts have at most 2 decimals"));

    // ISO 4217 gives the Unidad de Fomento four decimals: the most any currency has.
    Map<String, Object> fomento = Projects.valid(Organisations.known());
    fomento.put("budget", map("amount", "1250.1234", "currency", "CLF"));
    post(fomento).statusCode(201).body("budget.amount", equalTo("1250.1234"));
    fomento = Projects.valid(Organisations.known());
    fomento.put("budget", map("amount", "1250.12345", "currency", "CLF"));
    post(fomento).statusCode(400).body("errors.field", contains("budget.amount"));
  }

  @Test
  void onlyRealCurrencies() {
    Map<String, Object> body =
        withBudgets(List.of(period("original", "2024-01-01", "2024-12-31", "1", "XYZ")));

    post(body)
        .statusCode(400)
        .body("errors.field", hasItem("budgets[0].value.currency"))
        .body("errors.message", hasItem("is not an active ISO 4217 currency code"));
  }

  @Test
  void aProjectWithoutPeriodsKeepsItsTotalAsGiven() {
    String id = create(Projects.valid(Organisations.known()));

    asViewer()
        .get(project(id))
        .then()
        .body("budget.amount", equalTo("2500000.00"))
        .body("budgets", org.hamcrest.Matchers.empty());
  }
}
