package org.sdghub.platform.testing.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.platform.testing.http.Requests.PROBLEM_JSON;
import static org.sdghub.platform.testing.http.Requests.as;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.Eventually;
import org.sdghub.platform.testing.Management;
import org.sdghub.platform.testing.TestTokens;

/** Only the gateway's valid tokens get in, and Caller checks roles and organisation. */
@QuarkusTest
class IdentityTest {

  private static final String CALLER = "/api/test/caller";
  private static final String TYPES = "https://sdghub.org/problems/";

  private final UUID organisation = UUID.randomUUID();

  @Inject MeterRegistry meters;

  @Test
  void callerIsTheOrganisationAndRolesOfTheToken() {
    as(organisation, Role.PARTNER, Role.DONOR)
        .get(CALLER)
        .then()
        .statusCode(200)
        .body("organisationId", equalTo(organisation.toString()))
        .body("roles", containsInAnyOrder("PARTNER", "DONOR"))
        .body("subject", equalTo("test-key-" + organisation));
  }

  @Test
  void requestWithoutTokenAnswers401() {
    assertUnauthorized(given().get(CALLER).then());
  }

  @Test
  void expiredTokenAnswers401() {
    assertUnauthorized(withToken(TestTokens.expired(organisation, Role.PARTNER)));
  }

  @Test
  void tokenSignedWithAnotherKeyAnswers401() {
    assertUnauthorized(withToken(TestTokens.signedWithAnotherKey(organisation, Role.PARTNER)));
  }

  @Test
  void tokenForAnotherAudienceAnswers401() {
    assertUnauthorized(withToken(TestTokens.forAudience("elsewhere", organisation, Role.PARTNER)));
  }

  @Test
  void tokenFromAnotherIssuerAnswers401() {
    assertUnauthorized(withToken(TestTokens.fromIssuer("impostor", organisation, Role.PARTNER)));
  }

  @Test
  void aTokenIsVerifiedOnceAndThenRememberedUntilItExpires() {
    String token = TestTokens.expiringIn(Duration.ofSeconds(2), organisation, Role.PARTNER);
    double performed = tokenChecks("performed");
    double remembered = tokenChecks("remembered");

    for (int i = 0; i < 3; i++) {
      withToken(token).statusCode(200).body("organisationId", equalTo(organisation.toString()));
    }

    assertEquals(1, tokenChecks("performed") - performed, "one RSA verification");
    assertEquals(2, tokenChecks("remembered") - remembered);
    // Past its expiry (plus the configured second of leeway) it is refused, remembered or not.
    Eventually.await(
        Duration.ofSeconds(15),
        "the expired token was still accepted",
        () -> withToken(token).extract().statusCode() == 401);
    assertUnauthorized(withToken(token));
  }

  @Test
  void aRefusedTokenIsNotRemembered() {
    String forged = TestTokens.signedWithAnotherKey(organisation, Role.PARTNER);
    double performed = tokenChecks("performed");

    assertUnauthorized(withToken(forged));
    assertUnauthorized(withToken(forged));

    assertEquals(2, tokenChecks("performed") - performed, "checked afresh each time");
  }

  @Test
  void garbageTokenAnswers401() {
    assertUnauthorized(withToken("Bearer not-a-jwt"));
  }

  @Test
  void requireRolePassesWithAnyOfTheRoles() {
    as(organisation, Role.VIEWER, Role.PARTNER)
        .get(CALLER + "/partners-only")
        .then()
        .statusCode(200);
    as(organisation, Role.COORDINATOR).get(CALLER + "/partners-only").then().statusCode(200);
  }

  @Test
  void requireRoleAnswers403WhenTheCallerHasNoneOfTheRoles() {
    assertForbidden(as(organisation, Role.VIEWER, Role.DONOR).get(CALLER + "/partners-only").then())
        .body("detail", equalTo("This needs one of the roles partner, coordinator."));
  }

  @Test
  void requireOrganisationPassesForTheOwnOrganisationAndForCoordinators() {
    String own = CALLER + "/organisations/" + organisation;
    as(organisation, Role.PARTNER).get(own).then().statusCode(200);
    as(UUID.randomUUID(), Role.COORDINATOR).get(own).then().statusCode(200);
  }

  @Test
  void requireOrganisationAnswers403ForAnotherOrganisation() {
    assertForbidden(
        as(organisation, Role.PARTNER).get(CALLER + "/organisations/" + UUID.randomUUID()).then());
  }

  @Test
  void rolesAllowedAnswers403AsAProblem() {
    assertForbidden(as(organisation, Role.PARTNER).get(CALLER + "/coordinators-only").then());
    as(organisation, Role.COORDINATOR).get(CALLER + "/coordinators-only").then().statusCode(200);
  }

  @Test
  void healthMetricsAndOpenApiNeedNoToken() {
    Management.given().get("/q/health/ready").then().statusCode(200);
    Management.given().get("/q/metrics").then().statusCode(200);
    given().get("/q/openapi").then().statusCode(200);
  }

  private double tokenChecks(String verification) {
    Counter counter =
        meters.find("sdghub.identity.tokens").tag("verification", verification).counter();
    return counter == null ? 0 : counter.count();
  }

  private static ValidatableResponse withToken(String authorization) {
    return given().header("Authorization", authorization).get(CALLER).then();
  }

  private static void assertUnauthorized(ValidatableResponse response) {
    response
        .statusCode(401)
        .contentType(PROBLEM_JSON)
        .header("WWW-Authenticate", "Bearer")
        .body("type", equalTo(TYPES + "unauthorized"))
        .body("status", equalTo(401))
        .body("instance", equalTo(CALLER));
  }

  private static ValidatableResponse assertForbidden(ValidatableResponse response) {
    return response
        .statusCode(403)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "forbidden"))
        .body("status", equalTo(403));
  }
}
