package org.sdghub.gateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Issues API keys for tests through the gateway's own endpoint, with the bootstrap key. */
public final class ApiKeys {

  /** The bootstrap coordinator's {@code Authorization} header. */
  public static final String COORDINATOR = "Bearer " + GatewayServersResource.BOOTSTRAP_KEY;

  private ApiKeys() {}

  /** A new key's full response (its secret in {@code key}). */
  public static JsonPath issue(UUID organisation, List<String> roles, Integer requestsPerMinute) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("organisationId", organisation.toString());
    body.put("name", "test key " + UUID.randomUUID());
    body.put("roles", roles);
    if (requestsPerMinute != null) {
      body.put("requestsPerMinute", requestsPerMinute);
    }
    return given()
        .header("Authorization", COORDINATOR)
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/api-keys")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /** The {@code Authorization} header of a new key with these roles. */
  public static String bearer(UUID organisation, String... roles) {
    return "Bearer " + issue(organisation, List.of(roles), null).getString("key");
  }
}
