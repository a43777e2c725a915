package org.sdghub.partners;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.TestTokens;

/** Requests of authenticated callers, and the calls most tests start with. */
public final class Requests {

  public static final String ORGANISATIONS = "/api/v1/organisations";
  public static final String PROBLEM_JSON = "application/problem+json";
  public static final String PROBLEMS = "https://sdghub.org/problems/";

  private Requests() {}

  /** A request of a caller of this organisation with these roles. */
  public static RequestSpecification as(UUID organisation, Role... roles) {
    return given()
        .header("Authorization", TestTokens.forOrganisation(organisation, roles))
        .contentType(ContentType.JSON);
  }

  /** A request of a coordinator of the centre. */
  public static RequestSpecification asCoordinator() {
    return as(UUID.randomUUID(), Role.COORDINATOR);
  }

  /** A request of a viewer of some organisation. */
  public static RequestSpecification asViewer() {
    return as(UUID.randomUUID(), Role.VIEWER);
  }

  /** Registers the organisation as a coordinator; answers its id. */
  public static String register(Map<String, Object> profile) {
    return asCoordinator()
        .body(profile)
        .post(ORGANISATIONS)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The organisation's current ETag. */
  public static String etagOf(String id) {
    return asViewer().get(ORGANISATIONS + "/" + id).then().statusCode(200).extract().header("ETag");
  }
}
