package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.domain.InvalidApiKey;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.platform.testing.Eventually;

/** Who gets through the front door: only the holders of active API keys. */
@QuarkusTest
class ApiKeyAuthenticationTest {

  private static final String PROXIED = "/api/v1/test-echo/anything";
  private static final String OWN = "/api/v1/api-keys";

  @Inject AgroalDataSource dataSource;

  @Test
  void aRequestWithoutKeyAnswers401Problem() {
    for (String path : List.of(PROXIED, OWN, "/api/v1/organisations")) {
      assertRefused(null, path);
    }
  }

  @Test
  void malformedKeysAnswer401Problem() {
    for (String header :
        List.of(
            "Bearer",
            "Bearer short",
            "Basic " + ApiKeys.COORDINATOR.substring("Bearer ".length()),
            "Bearer " + "x".repeat(300),
            "Bearer sdghub_with spaces inside the key value....")) {
      assertRefused(header, PROXIED);
      assertRefused(header, OWN);
    }
  }

  @Test
  void aForgedKeyOfTheRightShapeAnswers401Problem() {
    String forged = "Bearer sdghub_" + UUID.randomUUID().toString().replace("-", "") + "0123456789";
    assertRefused(forged, PROXIED);
    assertRefused(forged, OWN);
  }

  @Test
  void aRevokedKeyIsRefusedAtOnce() {
    JsonPath key = ApiKeys.issue(UUID.randomUUID(), List.of("coordinator"), null);
    String bearer = "Bearer " + key.getString("key");
    given().header("Authorization", bearer).when().get(PROXIED).then().statusCode(200);
    given().header("Authorization", bearer).when().get(OWN).then().statusCode(200);

    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .header("If-Match", "\"" + key.getLong("version") + "\"")
        .when()
        .delete(OWN + "/" + key.getString("id"))
        .then()
        .statusCode(204);

    assertRefused(bearer, PROXIED);
    assertRefused(bearer, OWN);
  }

  @Test
  void aKeyRevokedByAnotherInstanceIsRefusedOnceTheCacheExpires() throws Exception {
    JsonPath key = ApiKeys.issue(UUID.randomUUID(), List.of("viewer"), null);
    String bearer = "Bearer " + key.getString("key");
    given().header("Authorization", bearer).when().get(PROXIED).then().statusCode(200);

    // Another gateway instance revokes it: this one only learns through the database.
    try (Connection c = dataSource.getConnection();
        PreparedStatement revoke =
            c.prepareStatement("UPDATE api_key SET revoked_at = now() WHERE id = ?")) {
      revoke.setObject(1, UUID.fromString(key.getString("id")));
      revoke.executeUpdate();
    }

    Eventually.await(
        Duration.ofSeconds(10),
        "the revoked key was still accepted after the cache TTL (5s)",
        () ->
            given()
                    .header("Authorization", bearer)
                    .when()
                    .get(PROXIED)
                    .then()
                    .extract()
                    .statusCode()
                == 401);
  }

  private static void assertRefused(String authorization, String path) {
    var request = given();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    request
        .when()
        .get(path)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer")
        .body("type", is("https://sdghub.org/problems/unauthorized"))
        .body("status", is(401));
  }

  @Test
  void theRefusalNeverSaysWhyTheKeyWasRefused() {
    for (String path : List.of(PROXIED, OWN)) {
      for (String header :
          List.of("Bearer sdghub_unknownunknownunknownunknownunknown", "Bearer short")) {
        given()
            .header("Authorization", header)
            .when()
            .get(path)
            .then()
            .statusCode(401)
            .body("detail", is(InvalidApiKey.DETAIL))
            .body("instance", is(path));
      }
      given().when().get(path).then().statusCode(401).body("detail", is(InvalidApiKey.DETAIL));
    }
  }
}
