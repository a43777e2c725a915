package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.platform.InternalToken;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.TestTokens;

/**
 * The services trust the gateway's token and nothing a caller says about itself: checked against
 * the real partners-service, directly and through the gateway.
 */
@QuarkusTest
class ServiceTrustTest {

  private static final String ORGANISATIONS = "/api/v1/organisations";

  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "sdghub.test.direct.partners")
  String partners;

  @ConfigProperty(name = "sdghub.test.direct.projects")
  String projects;

  @ConfigProperty(name = "sdghub.test.direct.funding")
  String funding;

  @Test
  void aServiceCalledWithoutTheGatewaysTokenAnswers401() {
    given().baseUri(partners).when().get(ORGANISATIONS).then().statusCode(401);
  }

  @Test
  void aServiceIsNotFooledByIdentityHeaders() {
    given()
        .baseUri(partners)
        .header("X-Organisation", UUID.randomUUID().toString())
        .header("X-Roles", "coordinator")
        .header("X-Forwarded-User", "coordinator")
        .header("X-Sdghub-Roles", "coordinator")
        .when()
        .get(ORGANISATIONS)
        .then()
        .statusCode(401);
  }

  @Test
  void aServiceRefusesAnApiKeyAndATokenTheGatewayDidNotSign() {
    given()
        .baseUri(partners)
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .get(ORGANISATIONS)
        .then()
        .statusCode(401);
    given()
        .baseUri(partners)
        .header(
            "Authorization",
            TestTokens.signedWithAnotherKey(
                InternalToken.audienceOf("partners"), UUID.randomUUID(), Role.COORDINATOR))
        .when()
        .get(ORGANISATIONS)
        .then()
        .statusCode(401);
  }

  @Test
  void throughTheGatewayTheServiceAcceptsTheCall() {
    given()
        .header("Authorization", ApiKeys.bearer(UUID.randomUUID(), "viewer"))
        .when()
        .get(ORGANISATIONS)
        .then()
        .statusCode(200)
        .body("page", is(0));
  }

  @Test
  void aViewerClaimingToBeACoordinatorInHeadersIsStillAViewer() {
    given()
        .header("Authorization", ApiKeys.bearer(UUID.randomUUID(), "viewer"))
        .header("X-Roles", "coordinator")
        .header("X-Sdghub-Roles", "coordinator")
        .header("X-Forwarded-Groups", "coordinator")
        .contentType(ContentType.JSON)
        .body(PartnersThroughGatewayTest.newOrganisation())
        .when()
        .post(ORGANISATIONS)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void eachServiceAcceptsOnlyTokensMintedForItSoATokenCapturedAtOneIsRefusedByTheOthers()
      throws Exception {
    // What the gateway really sends to a service behind it (the echo service shows it).
    String forwarded =
        given()
            .header("Authorization", ApiKeys.bearer(UUID.randomUUID(), "coordinator"))
            .when()
            .get("/api/v1/test-echo/things")
            .then()
            .statusCode(200)
            .extract()
            .path("headers.authorization");
    String[] parts = forwarded.substring("Bearer ".length()).split("\\.");
    JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    assertEquals("RS256", header.path("alg").asText());
    assertFalse(header.path("kid").asText().isEmpty(), "no kid: " + header);
    assertFalse(claims.path("jti").asText().isEmpty(), "no jti: " + claims);
    assertEquals(InternalToken.audienceOf("test-echo"), audienceOf(claims));
    // Captured there, it opens no other service: not even for a coordinator.
    given()
        .baseUri(partners)
        .header("Authorization", forwarded)
        .when()
        .get(ORGANISATIONS)
        .then()
        .statusCode(401);

    String partnersOwn =
        TestTokens.forAudience(
            InternalToken.audienceOf("partners"), UUID.randomUUID(), Role.COORDINATOR);
    given()
        .baseUri(partners)
        .header("Authorization", partnersOwn)
        .when()
        .get(ORGANISATIONS)
        .then()
        .statusCode(200);
    for (String elsewhere :
        List.of(projects + "/api/v1/projects", funding + "/api/v1/funding/transactions")) {
      given().header("Authorization", partnersOwn).when().get(elsewhere).then().statusCode(401);
    }
  }

  @Test
  void twoTokensOfOneKeyForOneServiceShareTheKidButEachTokenHasItsOwnJti() throws Exception {
    String key = ApiKeys.bearer(UUID.randomUUID(), "viewer");
    String other = ApiKeys.bearer(UUID.randomUUID(), "viewer");
    JsonNode first = claimsOf(echoedToken(key));
    JsonNode second = claimsOf(echoedToken(other));
    assertNotEquals(first.path("jti").asText(), second.path("jti").asText());
  }

  private static String echoedToken(String authorization) {
    return given()
        .header("Authorization", authorization)
        .when()
        .get("/api/v1/test-echo/things")
        .then()
        .statusCode(200)
        .extract()
        .path("headers.authorization");
  }

  private static JsonNode claimsOf(String bearer) throws Exception {
    return JSON.readTree(
        Base64.getUrlDecoder().decode(bearer.substring("Bearer ".length()).split("\\.")[1]));
  }

  private static String audienceOf(JsonNode claims) {
    JsonNode aud = claims.path("aud");
    return aud.isArray() && aud.size() == 1 ? aud.get(0).asText() : aud.asText();
  }
}
