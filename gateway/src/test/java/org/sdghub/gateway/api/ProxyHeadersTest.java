package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;

/** What crosses the gateway in each direction, against the test's own echoing service. */
@QuarkusTest
class ProxyHeadersTest {

  private static final String ECHO = "/api/v1/test-echo/things";

  @Test
  void ifMatchAndIdempotencyKeyReachTheServiceAndItsETagComesBack() {
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .header("If-Match", "\"3\"")
        .contentType(ContentType.JSON)
        .body("{\"title\":\"x\"}")
        .when()
        .put(ECHO + "/42")
        .then()
        .statusCode(200)
        .header("ETag", "\"7\"")
        .body("method", is("PUT"))
        .body("headers.if-match", is("\"3\""))
        .body("body", is("{\"title\":\"x\"}"));
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .header("Idempotency-Key", "donor-retry-1")
        .contentType(ContentType.JSON)
        .body("{}")
        .when()
        .post(ECHO)
        .then()
        .statusCode(201)
        .body("headers.idempotency-key", is("donor-retry-1"));
  }

  @Test
  void aLocationPointingIntoTheServiceIsRewrittenToTheGateway() {
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .contentType(ContentType.JSON)
        .body("{}")
        .when()
        .post(ECHO)
        .then()
        .statusCode(201)
        .header(
            "Location",
            is("http://localhost:" + RestAssured.port + "/api/v1/test-echo/things/42?view=full"));
  }

  @Test
  void aCallersHostNeverMakesALocationOrTheServersOfTheDocument() {
    String publicOrigin = "http://localhost:" + RestAssured.port;
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .header("Host", "evil.example:666")
        .contentType(ContentType.JSON)
        .body("{}")
        .when()
        .post(ECHO)
        .then()
        .statusCode(201)
        .header("Location", is(publicOrigin + "/api/v1/test-echo/things/42?view=full"))
        // The service is addressed by its own authority, not the caller's Host.
        .body("headers.host", not(is("evil.example:666")));
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .header("Host", "evil.example:666")
        .contentType(ContentType.JSON)
        .body(
            "{\"organisationId\": \""
                + UUID.randomUUID()
                + "\", \"name\": \"host test\", \"roles\": [\"viewer\"]}")
        .when()
        .post("/api/v1/api-keys")
        .then()
        .statusCode(201)
        .header("Location", startsWith(publicOrigin + "/api/v1/api-keys/"));
    given()
        .header("Host", "evil.example:666")
        .when()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("servers[0].url", is(publicOrigin));
  }

  @Test
  void headersTheCallerMarksAsHopByHopInConnectionAreNotForwarded() {
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .header("Connection", "keep-alive, Idempotency-Key")
        .header("Idempotency-Key", "must-not-pass")
        .header("If-None-Match", "\"1\"")
        .when()
        .get(ECHO)
        .then()
        .statusCode(200)
        .body("headers", not(hasKey("idempotency-key")))
        .body("headers.if-none-match", is("\"1\""));
  }

  @Test
  void everyRequestGetsARequestIdThatTheServiceSeesToo() {
    Response response =
        given().header("Authorization", ApiKeys.COORDINATOR).when().get(ECHO).andReturn();
    String id = response.header("X-Request-Id");
    assertTrue(id.matches("[0-9a-f-]{36}"), id);
    assertEquals(id, response.jsonPath().getString("headers.x-request-id"));
  }

  @Test
  void aCallersOwnRequestIdIsKeptUnlessItIsUnsafe() {
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .header("X-Request-Id", "donor-batch-7:item-3")
        .when()
        .get(ECHO)
        .then()
        .header("X-Request-Id", "donor-batch-7:item-3")
        .body("headers.x-request-id", is("donor-batch-7:item-3"));
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .header("X-Request-Id", "evil\tinjected value")
        .when()
        .get(ECHO)
        .then()
        .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
  }

  @Test
  void identityHeadersACallerSendsNeverReachTheService() {
    JsonPath received =
        given()
            .header("Authorization", ApiKeys.bearer(UUID.randomUUID(), "viewer"))
            .header("X-Organisation", UUID.randomUUID().toString())
            .header("X-Roles", "coordinator")
            .header("X-Forwarded-User", "admin")
            .header("X-Forwarded-For", "10.0.0.1")
            .header("X-Sdghub-Org", UUID.randomUUID().toString())
            .header("X-Auth-Request-Groups", "coordinator")
            .header("X-Remote-User", "admin")
            .header("Cookie", "session=stolen")
            .header("X-Real-IP", "10.0.0.2")
            .header("True-Client-IP", "10.0.0.3")
            .header("Via", "1.1 trusted-proxy")
            .header("X-HTTP-Method-Override", "DELETE")
            .header("X-Client-Version", "4.2")
            .when()
            .get(ECHO)
            .then()
            .statusCode(200)
            .body("headers", not(hasKey("x-organisation")))
            .body("headers", not(hasKey("x-roles")))
            .body("headers", not(hasKey("x-forwarded-user")))
            .body("headers", not(hasKey("x-sdghub-org")))
            .body("headers", not(hasKey("x-auth-request-groups")))
            .body("headers", not(hasKey("x-remote-user")))
            .body("headers", not(hasKey("cookie")))
            .body("headers", not(hasKey("x-real-ip")))
            .body("headers", not(hasKey("true-client-ip")))
            .body("headers", not(hasKey("via")))
            .body("headers", not(hasKey("x-http-method-override")))
            // An allow-list: a header nobody listed does not pass either.
            .body("headers", not(hasKey("x-client-version")))
            .extract()
            .jsonPath();
    // The gateway says where the request came from, not the caller.
    assertEquals("127.0.0.1", received.getString("headers.x-forwarded-for"));
  }

  @Test
  void theServiceGetsAShortLivedGatewayTokenInsteadOfTheKey() {
    UUID organisation = UUID.randomUUID();
    JsonPath issued = ApiKeys.issue(organisation, List.of("partner", "viewer"), null);
    String key = issued.getString("key");
    String forwarded =
        given()
            .header("Authorization", "Bearer " + key)
            .when()
            .get(ECHO)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("headers.authorization");
    assertTrue(forwarded.startsWith("Bearer "), forwarded);
    assertNotEquals("Bearer " + key, forwarded);
    JsonPath claims = claimsOf(forwarded.substring("Bearer ".length()));
    assertEquals("sdghub-gateway", claims.getString("iss"));
    assertEquals(
        "sdghub-test-echo", claims.getString("aud"), "the audience of the service routed to");
    assertEquals(issued.getString("id"), claims.getString("sub"));
    assertEquals(organisation.toString(), claims.getString("org"));
    assertEquals(List.of("partner", "viewer"), claims.getList("groups").stream().sorted().toList());
    assertEquals(60, claims.getLong("exp") - claims.getLong("iat"));
  }

  @Test
  void bodiesStreamThroughInBothDirections() {
    byte[] body = new byte[700_000];
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .contentType(ContentType.BINARY)
        .body(body)
        .when()
        .post(ECHO)
        .then()
        .statusCode(201)
        .body("bodyLength", is(body.length));
    // Without a length: chunked.
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .contentType(ContentType.BINARY)
        .body(new ByteArrayInputStream(new byte[300_000]))
        .when()
        .post(ECHO)
        .then()
        .statusCode(201)
        .body("bodyLength", is(300_000));
    // Responses have no size limit: 5 MB, five times the request limit.
    byte[] large =
        given()
            .header("Authorization", ApiKeys.COORDINATOR)
            .when()
            .get(ECHO + "?bytes=5000000")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertEquals(5_000_000, large.length);
  }

  @Test
  void aBodyOverTheLimitAnswers413Problem() {
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .contentType(ContentType.BINARY)
        .body(new byte[1_100_000])
        .when()
        .post(ECHO)
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", startsWith("https://sdghub.org/problems/payload-too-large"));
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .contentType(ContentType.BINARY)
        .body(new ByteArrayInputStream(new byte[1_100_000]))
        .when()
        .post(ECHO)
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
  }

  private static JsonPath claimsOf(String jwt) {
    String payload = jwt.split("\\.")[1];
    return new JsonPath(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }
}
