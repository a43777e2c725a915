package org.sdghub.funding;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.TestTokens;

/** Requests of authenticated callers, and the bodies most tests start with. */
public final class Requests {

  public static final String TRANSACTIONS = "/api/v1/funding/transactions";
  public static final String RATES = "/api/v1/exchange-rates";
  public static final String SUMMARY = "/api/v1/funding/summary";
  public static final String PROBLEM_JSON = "application/problem+json";

  private Requests() {}

  /** A request of a caller of this organisation with these roles. */
  public static RequestSpecification as(UUID organisation, Role... roles) {
    return given()
        .header("Authorization", TestTokens.forOrganisation(organisation, roles))
        .contentType(ContentType.JSON);
  }

  public static RequestSpecification asCoordinator() {
    return as(UUID.randomUUID(), Role.COORDINATOR);
  }

  public static RequestSpecification asViewer() {
    return as(UUID.randomUUID(), Role.VIEWER);
  }

  /** A valid transaction body: {@code amount} USD of {@code type} on the project. */
  public static Map<String, Object> transaction(
      String type, UUID project, UUID provider, UUID receiver, String amount, String valueDate) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("projectId", project.toString());
    body.put("providerOrganisationId", provider.toString());
    if (receiver != null) {
      body.put("receiverOrganisationId", receiver.toString());
    }
    body.put("amount", amount);
    body.put("currency", "USD");
    body.put("valueDate", valueDate);
    body.put("description", Map.of("en", "Tranche", "ru", "Транш"));
    return body;
  }

  /** Records the transaction as a coordinator; answers its id. */
  public static String record(Map<String, Object> body) {
    return asCoordinator()
        .body(body)
        .post(TRANSACTIONS)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Loads rates as a coordinator: each row is currency, date, units per USD. */
  public static void loadRates(List<List<String>> rows) {
    List<Map<String, String>> body =
        rows.stream()
            .map(
                r ->
                    Map.of(
                        "currency",
                        r.get(0),
                        "date",
                        r.get(1),
                        "unitsPerUsd",
                        r.get(2),
                        "source",
                        "test rates"))
            .toList();
    asCoordinator().body(body).post(RATES).then().statusCode(200);
  }

  public static String transaction(String id) {
    return TRANSACTIONS + "/" + id;
  }
}
