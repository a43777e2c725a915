package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;

/**
 * The HTTP conventions of DESIGN.md survive the gateway end to end, with the real partners-service:
 * Idempotency-Key replays, ETag and If-Match, and Location pointing at the gateway.
 */
@QuarkusTest
class PartnersThroughGatewayTest {

  private static final String ORGANISATIONS = "/api/v1/organisations";

  @Test
  void aRetriedCreateWithTheSameIdempotencyKeyReturnsTheFirstResult() {
    String body = newOrganisation();
    String idempotencyKey = "donor-retry-" + UUID.randomUUID();
    Response first = create(body, idempotencyKey);
    first.then().statusCode(201);
    String location = first.header("Location");
    assertGatewayUrl(location);

    create(body, idempotencyKey)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("Location", location)
        .body("id", is(first.jsonPath().getString("id")));
  }

  @Test
  void anUpdateNeedsTheCurrentETagInIfMatch() {
    Response created = create(newOrganisation(), null);
    String location = created.header("Location");
    String etag =
        given()
            .header("Authorization", ApiKeys.COORDINATOR)
            .when()
            .get(location)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .header("If-Match", "\"999\"")
        .contentType(ContentType.JSON)
        .body(newOrganisation())
        .when()
        .put(location)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .get(location)
        .then()
        .statusCode(200)
        .header("ETag", etag);
  }

  /** A profile unlike any other, so that the registry's duplicate detection never objects. */
  static String newOrganisation() {
    String unique = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    return "{\"identifier\":\"XM-DAC-"
        + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)
        + "\",\"name\":{\"en\":\"Gateway Test Agency "
        + unique
        + "\",\"ru\":\"Тестовое агентство "
        + unique
        + "\"},\"type\":\"40\",\"kind\":\"un-entity\",\"headquartersCountry\":\"KZ\"}";
  }

  private static Response create(String body, String idempotencyKey) {
    var request =
        given()
            .header("Authorization", ApiKeys.COORDINATOR)
            .contentType(ContentType.JSON)
            .body(body);
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return request.when().post(ORGANISATIONS).andReturn();
  }

  private static void assertGatewayUrl(String location) {
    org.hamcrest.MatcherAssert.assertThat(
        location, startsWith("http://localhost:" + RestAssured.port + ORGANISATIONS + "/"));
  }
}
