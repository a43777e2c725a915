package org.sdghub.funding.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.funding.Requests.PROBLEM_JSON;
import static org.sdghub.funding.Requests.TRANSACTIONS;
import static org.sdghub.funding.Requests.asCoordinator;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdghub.funding.Copies;
import org.sdghub.funding.Requests;
import org.sdghub.funding.Rows;

/** Bad transactions are refused with the field named, and nothing is written. */
@QuarkusTest
class TransactionValidationTest {

  private static UUID donor;
  private static Copies.Project project;

  @Inject Rows rows;

  @BeforeEach
  void knowAProject() {
    if (project == null) {
      donor = Copies.organisation();
      project = Copies.project(donor, donor).known();
      Requests.loadRates(
          List.of(
              List.of("JPY", "2032-01-01", "150"),
              List.of("KWD", "2032-01-01", "0.3"),
              List.of("KZT", "2032-01-01", "500")));
    }
  }

  private Map<String, Object> body(String currency, String amount) {
    Map<String, Object> body =
        Requests.transaction("2", project.id, donor, donor, amount, "2032-01-10");
    body.put("currency", currency);
    return body;
  }

  private void refused(Map<String, Object> body, int status, String field) {
    asCoordinator()
        .body(body)
        .post(TRANSACTIONS)
        .then()
        .statusCode(status)
        .contentType(PROBLEM_JSON)
        .body("errors.field", hasItem(field));
    assertEquals(0, rows.transactionsOn(project.id));
    assertEquals(0, rows.outboxRowsAbout(project.id));
  }

  @Test
  void moreDecimalsThanTheCurrencyHasAnswers422NamingTheAmount() {
    refused(body("JPY", "1000.5"), 422, "amount");
    refused(body("KZT", "10.123"), 422, "amount");
    refused(body("KWD", "1.2345"), 422, "amount");
  }

  @Test
  void asManyDecimalsAsTheCurrencyHasAreAccepted() {
    UUID other = Copies.project(donor, donor).known().id;
    for (var amount : Map.of("JPY", "1000", "KZT", "10.12", "KWD", "1.234").entrySet()) {
      Map<String, Object> body = body(amount.getKey(), amount.getValue());
      body.put("projectId", other.toString());
      asCoordinator()
          .body(body)
          .post(TRANSACTIONS)
          .then()
          .statusCode(201)
          .body("amount", equalTo(amount.getValue()));
    }
    asCoordinator()
        .queryParam("project", other.toString())
        .get(TRANSACTIONS)
        .then()
        .body("items.find { it.currency == 'JPY' }.usd.amount", equalTo("6.67"));
  }

  @Test
  void noRateWithinTheWindowAnswers422NamingCurrencyAndDate() {
    Map<String, Object> body = body("JPY", "1000");
    body.put("valueDate", "2032-03-05"); // 64 days after the only JPY rate
    asCoordinator()
        .body(body)
        .post(TRANSACTIONS)
        .then()
        .statusCode(422)
        .body("errors.field", hasItems("currency", "valueDate"))
        .body("detail", containsString("JPY"))
        .body("detail", containsString("2032-03-05"));
    assertEquals(0, rows.transactionsOn(project.id));
  }

  @Test
  void anUnknownProjectAnswers422NamingIt() {
    Map<String, Object> body = body("USD", "10");
    UUID unknown = UUID.randomUUID();
    body.put("projectId", unknown.toString());
    asCoordinator()
        .body(body)
        .post(TRANSACTIONS)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("projectId"))
        .body("detail", containsString(unknown.toString()));
  }

  @Test
  void anUnknownProviderAnswers422NamingIt() {
    Map<String, Object> body = body("USD", "10");
    body.put("providerOrganisationId", UUID.randomUUID().toString());
    refused(body, 422, "providerOrganisationId");
  }

  @Test
  void unknownCodesAnswer400NamingTheField() {
    Map<String, Object> body = body("USD", "10");
    body.put("type", "donation");
    refused(body, 400, "type");
    body = body("USD", "10");
    body.put("financeType", "999");
    refused(body, 400, "financeType");
    body = body("USD", "10");
    body.put("aidType", "Z99");
    refused(body, 400, "aidType");
    refused(body("XYZ", "10"), 400, "currency");
    refused(body("USD", "-5"), 400, "amount");
  }

  @Test
  void aMissingFieldAnswers400NamingIt() {
    Map<String, Object> body = body("USD", "10");
    body.remove("valueDate");
    refused(body, 400, "valueDate");
  }
}
