package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;

/** Each key has a quota of requests per minute, counted in PostgreSQL for every instance. */
@QuarkusTest
class RateLimitTest {

  private static final String PROXIED = "/api/v1/test-echo/quota";

  @Inject AgroalDataSource dataSource;

  @Test
  void aKeyOverItsQuotaAnswers429WithRetryAfterAndRateLimitHeaders() {
    JsonPath key = ApiKeys.issue(UUID.randomUUID(), List.of("viewer"), 3);
    String bearer = "Bearer " + key.getString("key");
    for (int left = 2; left >= 0; left--) {
      given()
          .header("Authorization", bearer)
          .when()
          .get(PROXIED)
          .then()
          .statusCode(200)
          .header("RateLimit-Policy", "\"per-key\";q=3;w=60")
          .header("RateLimit", org.hamcrest.Matchers.startsWith("\"per-key\";r=" + left + ";t="));
    }
    Response refused = given().header("Authorization", bearer).when().get(PROXIED).andReturn();
    refused
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("type", is("https://sdghub.org/problems/rate-limited"))
        .header("RateLimit-Policy", "\"per-key\";q=3;w=60")
        .header("RateLimit", org.hamcrest.Matchers.startsWith("\"per-key\";r=0;t="));
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    // One request in three per minute comes back every 20 seconds.
    assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
  }

  @Test
  void theGatewaysOwnThreeWEndpointsCountAgainstTheSameQuota() {
    JsonPath key = ApiKeys.issue(UUID.randomUUID(), List.of("viewer"), 2);
    String bearer = "Bearer " + key.getString("key");
    given().header("Authorization", bearer).when().get(PROXIED).then().statusCode(200);
    given()
        .header("Authorization", bearer)
        .when()
        .get("/api/v1/who-what-where")
        .then()
        .statusCode(200)
        .header("RateLimit", org.hamcrest.Matchers.startsWith("\"per-key\";r=0;t="));
    given()
        .header("Authorization", bearer)
        .when()
        .get("/api/v1/coordination/overlaps")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", org.hamcrest.Matchers.notNullValue())
        .header("RateLimit-Policy", "\"per-key\";q=2;w=60");
  }

  @Test
  void theQuotaIsKeptInTheDatabaseSharedByAllInstances() throws Exception {
    JsonPath key = ApiKeys.issue(UUID.randomUUID(), List.of("viewer"), 50);
    given()
        .header("Authorization", "Bearer " + key.getString("key"))
        .when()
        .get(PROXIED)
        .then()
        .statusCode(200);
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement("SELECT count(*) FROM rate_limit_bucket WHERE id = ?")) {
      select.setString(1, key.getString("id") + ":50");
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        assertEquals(1, rows.getInt(1));
      }
    }
  }
}
