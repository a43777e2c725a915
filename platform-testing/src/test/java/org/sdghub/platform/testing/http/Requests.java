package org.sdghub.platform.testing.http;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.TestTokens;

/** Test helpers: requests of an authenticated caller, and widget bodies. */
final class Requests {

  static final String PROBLEM_JSON = "application/problem+json";
  static final String WIDGETS = "/api/test/widgets";

  private Requests() {}

  /** A request of a partner of a fresh organisation. */
  static RequestSpecification asPartner() {
    return as(UUID.randomUUID(), Role.PARTNER);
  }

  /** A request of a caller of this organisation with these roles. */
  static RequestSpecification as(UUID organisation, Role... roles) {
    return given().header("Authorization", TestTokens.forOrganisation(organisation, roles));
  }

  /** A fresh batch name, so that a test sees only its own widgets. */
  static String newBatch() {
    return "batch-" + UUID.randomUUID();
  }

  /** A valid create body. */
  static String widget(String batch, String name, int rank) {
    return """
        {"batch": "%s", "name": {"en": "%s", "ru": "%s (ru)"},
         "locations": [{"country": "KZ"}], "rank": %d}
        """
        .formatted(batch, name, name, rank);
  }

  /** Creates a widget and answers its id. */
  static String create(RequestSpecification caller, String batch, String name, int rank) {
    return caller
        .contentType(ContentType.JSON)
        .body(widget(batch, name, rank))
        .post(WIDGETS)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
