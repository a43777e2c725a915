package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.TestTokens;

/**
 * The services trust the gateway's token and nothing a caller says about itself: checked against
 * the real partners-service, directly and through the gateway.
 */
@QuarkusTest
class ServiceTrustTest {

  private static final String ORGANISATIONS = "/api/v1/organisations";

  @ConfigProperty(name = "sdghub.test.direct.partners")
  String partners;

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
            "Authorization", TestTokens.signedWithAnotherKey(UUID.randomUUID(), Role.COORDINATOR))
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
}
