package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.gateway.support.GatewayServersResource;

/**
 * Browsers may call the API only from the configured origins; a preflight is answered without a
 * key, and a page of any other origin gets nothing it could read.
 */
@QuarkusTest
class CorsTest {

  private static final String ALLOWED = GatewayServersResource.CORS_ORIGIN;
  private static final String OTHER = "https://evil.example";
  private static final String PROJECTS = "/api/v1/projects";

  @Test
  void aPreflightFromAnAllowedOriginIsAnsweredWithoutAKey() {
    given()
        .header("Origin", ALLOWED)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
        .when()
        .options(PROJECTS)
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", is(ALLOWED))
        .header("Access-Control-Allow-Methods", containsString("POST"))
        .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
  }

  @Test
  void aPreflightFromAnyOtherOriginIsRefused() {
    given()
        .header("Origin", OTHER)
        .header("Access-Control-Request-Method", "DELETE")
        .when()
        .options(PROJECTS)
        .then()
        .statusCode(403)
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void anAllowedOriginReadsTheAnswerAndItsHeaders() {
    given()
        .header("Origin", ALLOWED)
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .get(PROJECTS + "?size=1")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", is(ALLOWED))
        .header("Access-Control-Expose-Headers", containsString("ETag"));
  }

  @Test
  void anyOtherOriginIsRefusedEvenWithAValidKey() {
    given()
        .header("Origin", OTHER)
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .get(PROJECTS + "?size=1")
        .then()
        .statusCode(403)
        .header("Access-Control-Allow-Origin", not(is(OTHER)));
  }
}
