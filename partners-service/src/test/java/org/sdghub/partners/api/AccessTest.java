package org.sdghub.partners.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.partners.Requests.ORGANISATIONS;
import static org.sdghub.partners.Requests.PROBLEM_JSON;
import static org.sdghub.partners.Requests.as;
import static org.sdghub.partners.Requests.asViewer;
import static org.sdghub.partners.Requests.register;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.partners.Profiles;
import org.sdghub.partners.Rows;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.TestTokens;

/** Coordinators manage all organisations, partners and donors their own, everyone reads. */
@QuarkusTest
class AccessTest {

  @Inject Rows rows;

  @Test
  void partnerEditsItsOwnOrganisationsProfile() {
    Map<String, Object> profile = Profiles.unique();
    String id = register(profile);
    profile.put("website", "https://example.org/ours");

    as(UUID.fromString(id), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(200)
        .body("website", equalTo("https://example.org/ours"));
  }

  @Test
  void partnerCannotEditAnotherOrganisationAndTheRowIsUnchanged() {
    Map<String, Object> theirs = Profiles.unique();
    String id = register(theirs);
    String before = rows.nameAndVersion(id).orElseThrow();
    Profiles.name(theirs).put("en", "Taken over " + Profiles.token());

    as(UUID.randomUUID(), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .body(theirs)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(403)
        .contentType(PROBLEM_JSON);
    assertEquals(before, rows.nameAndVersion(id).orElseThrow());
    assertEquals(1, rows.outboxRowsOf(id), "only the created event");
  }

  @Test
  void donorCannotChangeItsOwnIdentifierOrKind() {
    Map<String, Object> profile = Profiles.unique();
    profile.put("kind", "donor-government");
    String id = register(profile);
    profile.put("kind", "un-entity");

    as(UUID.fromString(id), Role.DONOR)
        .header("If-Match", "\"0\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(403);
    assertEquals(Profiles.name(profile).get("en") + "@0", rows.nameAndVersion(id).orElseThrow());
  }

  @Test
  void donorsAndViewersNeitherRegisterNorProposeAndOnlyCoordinatorsArchive() {
    Map<String, Object> profile = Profiles.unique();
    for (Role role : new Role[] {Role.DONOR, Role.VIEWER}) {
      as(UUID.randomUUID(), role).body(profile).post(ORGANISATIONS).then().statusCode(403);
    }
    assertEquals(0, rows.organisationsWithIdentifier((String) profile.get("identifier")));

    String id = register(Profiles.unique());
    as(UUID.fromString(id), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .post(ORGANISATIONS + "/" + id + "/archive")
        .then()
        .statusCode(403);
  }

  @Test
  void viewerReadsButDoesNotEdit() {
    Map<String, Object> profile = Profiles.unique();
    String id = register(profile);

    asViewer().get(ORGANISATIONS + "/" + id).then().statusCode(200);
    as(UUID.fromString(id), Role.VIEWER)
        .header("If-Match", "\"0\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(403);
  }

  @Test
  void tokenWithoutAKnownRoleIsDenied() {
    as(UUID.randomUUID()).get(ORGANISATIONS).then().statusCode(403);
  }

  @Test
  void callWithoutAValidTokenAnswers401() {
    given().get(ORGANISATIONS).then().statusCode(401).contentType(PROBLEM_JSON);
    given()
        .header(
            "Authorization", TestTokens.signedWithAnotherKey(UUID.randomUUID(), Role.COORDINATOR))
        .contentType(ContentType.JSON)
        .body(Profiles.unique())
        .post(ORGANISATIONS)
        .then()
        .statusCode(401);
  }
}
