package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;

/** Coordinators issue, list and revoke keys; a key's secret is shown once and stored hashed. */
@QuarkusTest
class ApiKeyResourceTest {

  private static final String KEYS = "/api/v1/api-keys";

  @Inject AgroalDataSource dataSource;

  @Test
  void aCoordinatorIssuesAKeyShownOnceWithItsPrefix() {
    UUID organisation = UUID.randomUUID();
    JsonPath issued =
        given()
            .header("Authorization", ApiKeys.COORDINATOR)
            .contentType(ContentType.JSON)
            .body(
                "{\"organisationId\":\""
                    + organisation
                    + "\",\"name\":\"UNDP reporting system\",\"roles\":[\"partner\"]}")
            .when()
            .post(KEYS)
            .then()
            .statusCode(201)
            .header("Cache-Control", "no-store")
            .header("ETag", "\"0\"")
            .header("Location", startsWith("http://localhost:" + RestAssured.port + KEYS + "/"))
            .body("organisationId", is(organisation.toString()))
            .body("name", is("UNDP reporting system"))
            .body("roles", contains("partner"))
            .body("createdBy", is(notNullValue()))
            .body("key", startsWith("sdghub_"))
            .extract()
            .jsonPath();
    String key = issued.getString("key");
    assertEquals(50, key.length(), "sdghub_ and 256 bits in base64url");
    assertEquals(key.substring(0, 15), issued.getString("prefix"));

    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .get(KEYS + "/" + issued.getString("id"))
        .then()
        .statusCode(200)
        .body("prefix", is(issued.getString("prefix")))
        .body("$", not(org.hamcrest.Matchers.hasKey("key")));
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .get(KEYS + "?organisationId=" + organisation)
        .then()
        .statusCode(200)
        .body("total", is(1))
        .body("items[0].id", is(issued.getString("id")))
        .body("items", everyItem(not(org.hamcrest.Matchers.hasKey("key"))));
  }

  @Test
  void aKeyIsStoredOnlyAsTheSha256OfItsSecret() throws Exception {
    JsonPath issued = ApiKeys.issue(UUID.randomUUID(), List.of("donor"), null);
    String key = issued.getString("key");
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT secret_hash, row_to_json(k)::text FROM api_key k WHERE id = ?")) {
      select.setObject(1, UUID.fromString(issued.getString("id")));
      try (ResultSet row = select.executeQuery()) {
        assertTrue(row.next());
        byte[] expected =
            MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        assertTrue(MessageDigest.isEqual(expected, row.getBytes(1)));
        String secretPart = key.substring(15);
        assertFalse(row.getString(2).contains(secretPart), "the secret is in the row");
      }
    }
  }

  @Test
  void onlyCoordinatorsManageKeys() {
    String partner = ApiKeys.bearer(UUID.randomUUID(), "partner", "viewer", "donor");
    given().header("Authorization", partner).when().get(KEYS).then().statusCode(403);
    given()
        .header("Authorization", partner)
        .contentType(ContentType.JSON)
        .body(
            "{\"organisationId\":\""
                + UUID.randomUUID()
                + "\",\"name\":\"mine\",\"roles\":[\"coordinator\"]}")
        .when()
        .post(KEYS)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void anInvalidRequestAnswers400NamingTheFields() {
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .contentType(ContentType.JSON)
        .body("{\"name\":\"\",\"roles\":[\"admin\"],\"requestsPerMinute\":0}")
        .when()
        .post(KEYS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("organisationId"))
        .body("errors.field", hasItem("name"))
        .body("errors.field", hasItem("requestsPerMinute"))
        .body("errors.find { it.field.startsWith('roles') }.message", startsWith("must be one of"));
  }

  @Test
  void revokingNeedsTheCurrentVersionAndIsFinal() {
    JsonPath issued = ApiKeys.issue(UUID.randomUUID(), List.of("viewer"), null);
    String url = KEYS + "/" + issued.getString("id");
    given().header("Authorization", ApiKeys.COORDINATOR).when().delete(url).then().statusCode(428);
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .header("If-Match", "\"5\"")
        .when()
        .delete(url)
        .then()
        .statusCode(412);
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .header("If-Match", "\"0\"")
        .when()
        .delete(url)
        .then()
        .statusCode(204);
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .get(url)
        .then()
        .statusCode(200)
        .body("revokedAt", notNullValue())
        .body("revokedBy", notNullValue())
        .header("ETag", "\"1\"");
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .get(KEYS + "?active=true&organisationId=" + issued.getString("organisationId"))
        .then()
        .body("total", is(0));
  }

  @Test
  void anUnknownKeyAnswers404Problem() {
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .get(KEYS + "/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("revokedAt", nullValue());
  }
}
