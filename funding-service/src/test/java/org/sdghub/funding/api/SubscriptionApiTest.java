package org.sdghub.funding.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sdghub.funding.WebhookRequests.PROBLEM_JSON;
import static org.sdghub.funding.WebhookRequests.SUBSCRIPTIONS;
import static org.sdghub.funding.WebhookRequests.as;
import static org.sdghub.funding.WebhookRequests.asDonor;
import static org.sdghub.funding.WebhookRequests.body;
import static org.sdghub.funding.WebhookRequests.etagOf;
import static org.sdghub.funding.WebhookRequests.subscribe;
import static org.sdghub.funding.WebhookRequests.subscription;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.funding.Changes;
import org.sdghub.funding.WebhookRows;
import org.sdghub.platform.Role;

@QuarkusTest
class SubscriptionApiTest {

  private static final String URL = "http://127.0.0.1:9/hooks/in";
  private static final List<String> TYPES = List.of(Changes.RECORDED, Changes.PROJECT_UPDATED);

  private final WebhookRows rows;

  SubscriptionApiTest(WebhookRows rows) {
    this.rows = rows;
  }

  @Test
  void donorSubscribesAndSeesItsSecretOnceOnlyStoredSealed() {
    UUID donor = UUID.randomUUID();
    var created = subscribe(donor, body(URL, TYPES));
    String id = created.path("id");
    String secret = created.path("secret");
    assertEquals(subscription(id), java.net.URI.create(created.header("Location")).getPath());
    assertEquals("\"0\"", created.header("ETag"));
    org.junit.jupiter.api.Assertions.assertTrue(secret.startsWith("whsec_"), secret);
    assertEquals(donor.toString(), created.path("organisationId"));
    assertEquals(Boolean.TRUE, created.path("enabled"));

    asDonor(donor)
        .get(subscription(id))
        .then()
        .statusCode(200)
        .body("secret", nullValue())
        .body("url", equalTo(URL))
        .body("eventTypes", equalTo(TYPES))
        .body("filters.projectIds", equalTo(List.of()));
    String stored = rows.storedSecretOf(id).orElseThrow();
    assertFalse(stored.contains(secret.substring(6)), "the secret is sealed at rest");
  }

  @Test
  void unknownEventTypeAnswers400NamingItAndWritesNothing() {
    UUID donor = UUID.randomUUID();
    asDonor(donor)
        .body(body(URL, List.of(Changes.RECORDED, "org.sdghub.funding.transaction.invented.v1")))
        .post(SUBSCRIPTIONS)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors.field", hasItem("eventTypes[1]"));
    assertEquals(0, rows.subscriptionsOf(donor));
  }

  @Test
  void privateAddressAnswers400NamingTheUrlAndWritesNothing() {
    UUID donor = UUID.randomUUID();
    asDonor(donor)
        .body(body("https://10.0.0.1/hook", TYPES))
        .post(SUBSCRIPTIONS)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("url"))
        .body("errors[0].message", containsString("private"));
    assertEquals(0, rows.subscriptionsOf(donor));
  }

  @Test
  void badFiltersAnswer400NamingTheFilter() {
    UUID donor = UUID.randomUUID();
    asDonor(donor)
        .body(
            Map.of("url", URL, "eventTypes", TYPES, "filters", Map.of("countries", List.of("kz"))))
        .post(SUBSCRIPTIONS)
        .then()
        .statusCode(400)
        .body("errors[0].field", startsWith("filters.countries"));
    assertEquals(0, rows.subscriptionsOf(donor));
  }

  @Test
  void viewerMayNotSubscribe() {
    UUID viewer = UUID.randomUUID();
    as(viewer, Role.VIEWER).body(body(URL, TYPES)).post(SUBSCRIPTIONS).then().statusCode(403);
    assertEquals(0, rows.subscriptionsOf(viewer));
  }

  @Test
  void anotherOrganisationNeitherSeesNorChangesASubscription() {
    UUID donor = UUID.randomUUID();
    String id = subscribe(donor, body(URL, TYPES)).path("id");
    UUID other = UUID.randomUUID();
    asDonor(other).get(subscription(id)).then().statusCode(404);
    asDonor(other)
        .header("If-Match", "\"0\"")
        .body(body("http://127.0.0.1:9/elsewhere", TYPES))
        .put(subscription(id))
        .then()
        .statusCode(404);
    asDonor(other).header("If-Match", "*").delete(subscription(id)).then().statusCode(404);
    asDonor(other).post(subscription(id) + "/test").then().statusCode(404);
    asDonor(other).get(subscription(id) + "/deliveries").then().statusCode(404);
    asDonor(donor).get(subscription(id)).then().statusCode(200).body("url", equalTo(URL));
  }

  @Test
  void listShowsOnlyOwnSubscriptionsButACoordinatorSeesAll() {
    UUID donor = UUID.randomUUID();
    String mine = subscribe(donor, body(URL, TYPES)).path("id");
    String theirs = subscribe(UUID.randomUUID(), body(URL, TYPES)).path("id");
    asDonor(donor)
        .get(SUBSCRIPTIONS)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(mine)))
        .body("total", equalTo(1));
    as(UUID.randomUUID(), Role.COORDINATOR)
        .queryParam("size", 100)
        .queryParam("sort", "createdAt,desc")
        .get(SUBSCRIPTIONS)
        .then()
        .statusCode(200)
        .body("items.id", hasItem(theirs))
        .body("items.id", hasItem(mine));
    asDonor(donor).queryParam("size", 101).get(SUBSCRIPTIONS).then().statusCode(400);
  }

  @Test
  void replaceNeedsIfMatchAndAStaleOneAnswers412AndChangesNothing() {
    UUID donor = UUID.randomUUID();
    String id = subscribe(donor, body(URL, TYPES)).path("id");
    String changed = "http://127.0.0.1:9/hooks/changed";
    asDonor(donor).body(body(changed, TYPES)).put(subscription(id)).then().statusCode(428);
    asDonor(donor)
        .header("If-Match", "\"7\"")
        .body(body(changed, TYPES))
        .put(subscription(id))
        .then()
        .statusCode(412);
    asDonor(donor).get(subscription(id)).then().body("url", equalTo(URL));
    asDonor(donor)
        .header("If-Match", etagOf(donor, id))
        .body(body(changed, List.of(Changes.RATE_UPDATED)))
        .put(subscription(id))
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("url", equalTo(changed))
        .body("eventTypes", equalTo(List.of(Changes.RATE_UPDATED)));
  }

  @Test
  void patchChangesOnlyWhatItNamesAndOwnerCanDisableAndEnable() {
    UUID donor = UUID.randomUUID();
    String id = subscribe(donor, body(URL, TYPES)).path("id");
    asDonor(donor)
        .header("If-Match", "\"0\"")
        .body(Map.of("enabled", false, "filters", Map.of("sdgGoals", List.of(13, 17))))
        .patch(subscription(id))
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false))
        .body("url", equalTo(URL))
        .body("filters.sdgGoals", equalTo(List.of(13, 17)))
        .body("health.disabledReason", equalTo("Disabled by its owner"));
    asDonor(donor)
        .header("If-Match", etagOf(donor, id))
        .body(Map.of("enabled", true))
        .patch(subscription(id))
        .then()
        .statusCode(200)
        .body("enabled", equalTo(true))
        .body("health.disabledAt", nullValue());
  }

  @Test
  void deleteNeedsIfMatchAndRemovesTheRow() {
    UUID donor = UUID.randomUUID();
    String id = subscribe(donor, body(URL, TYPES)).path("id");
    asDonor(donor).delete(subscription(id)).then().statusCode(428);
    assertEquals(1, rows.subscriptionsOf(donor));
    asDonor(donor).header("If-Match", "\"0\"").delete(subscription(id)).then().statusCode(204);
    assertEquals(0, rows.subscriptionsOf(donor));
    asDonor(donor).get(subscription(id)).then().statusCode(404);
  }

  @Test
  void aRetriedCreationWithTheSameIdempotencyKeyMakesOneSubscription() {
    UUID donor = UUID.randomUUID();
    String first =
        asDonor(donor)
            .header("Idempotency-Key", "create-1")
            .body(body(URL, TYPES))
            .post(SUBSCRIPTIONS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    asDonor(donor)
        .header("Idempotency-Key", "create-1")
        .body(body(URL, TYPES))
        .post(SUBSCRIPTIONS)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    assertEquals(1, rows.subscriptionsOf(donor));
  }

  @Test
  void secretRotationAnswersANewSecretAndWhenTheOldOneExpires() {
    UUID donor = UUID.randomUUID();
    var created = subscribe(donor, body(URL, TYPES));
    String id = created.path("id");
    var rotated =
        asDonor(donor)
            .post(subscription(id) + "/secret-rotations")
            .then()
            .statusCode(200)
            .extract();
    String secret = rotated.path("secret");
    org.junit.jupiter.api.Assertions.assertTrue(secret.startsWith("whsec_"));
    org.junit.jupiter.api.Assertions.assertNotEquals(created.path("secret"), secret);
    asDonor(donor)
        .get(subscription(id))
        .then()
        .body("secret", nullValue())
        .body("previousSecretExpiresAt", equalTo(rotated.path("previousSecretExpiresAt")));
  }
}
