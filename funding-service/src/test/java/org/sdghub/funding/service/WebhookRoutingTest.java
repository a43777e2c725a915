package org.sdghub.funding.service;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdghub.funding.WebhookRequests.asDonor;
import static org.sdghub.funding.WebhookRequests.body;
import static org.sdghub.funding.WebhookRequests.subscribe;
import static org.sdghub.funding.WebhookRequests.subscription;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sdghub.funding.ChangeFiring;
import org.sdghub.funding.Changes;
import org.sdghub.funding.Signatures;
import org.sdghub.funding.WebhookReceiver;
import org.sdghub.funding.WebhookReceiver.Received;
import org.sdghub.funding.WebhookRows;
import org.sdghub.funding.events.PublishedChange;
import org.sdghub.platform.testing.Eventually;

/** Who hears of what, pings, redeliveries and secret rotation, against a real receiver. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookRoutingTest {

  private static final Duration WITHIN = Duration.ofSeconds(15);
  private static final List<String> TYPES = List.of(Changes.RECORDED, Changes.PROJECT_UPDATED);

  private final Vertx vertx;
  private final ChangeFiring firing;
  private final WebhookRows rows;
  private final jakarta.enterprise.event.Event<PublishedChange> changes;
  private final io.micrometer.core.instrument.MeterRegistry registry;
  private WebhookReceiver receiver;

  WebhookRoutingTest(
      Vertx vertx,
      ChangeFiring firing,
      WebhookRows rows,
      jakarta.enterprise.event.Event<PublishedChange> changes,
      io.micrometer.core.instrument.MeterRegistry registry) {
    this.vertx = vertx;
    this.firing = firing;
    this.rows = rows;
    this.changes = changes;
    this.registry = registry;
  }

  @BeforeAll
  void startReceiver() {
    receiver = WebhookReceiver.start(vertx);
  }

  @AfterAll
  void stopReceiver() {
    receiver.close();
  }

  @Test
  void byDefaultADonorHearsOfItsOwnTransactionsAndOfTheProjectsItFundsOnly() {
    UUID donor = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    String path = receiver.endpoint();
    String id = subscribe(donor, body(receiver.url(path), TYPES)).path("id");
    PublishedChange own = Changes.transaction(UUID.randomUUID(), Set.of(donor, other));
    PublishedChange others = Changes.transaction(UUID.randomUUID(), Set.of(other));
    PublishedChange funded = Changes.projectUpdated(UUID.randomUUID(), donor);
    PublishedChange notFunded = Changes.projectUpdated(UUID.randomUUID(), other);

    firing.fire(own, others, funded, notFunded);

    markerArrives(donor, path);
    assertTrue(receiver.event(path, own.eventId()).isPresent(), "its own transaction");
    assertTrue(receiver.event(path, funded.eventId()).isPresent(), "a project it funds");
    assertTrue(receiver.event(path, others.eventId()).isEmpty(), "not others' transactions");
    assertTrue(receiver.event(path, notFunded.eventId()).isEmpty(), "not others' projects");
    assertEquals(3, rows.messagesOf(id), "two changes and the marker, nothing else queued");
  }

  @Test
  void onlyTheEventTypesAskedForAreDelivered() {
    UUID donor = UUID.randomUUID();
    String path = receiver.endpoint();
    subscribe(donor, body(receiver.url(path), List.of(Changes.PROJECT_UPDATED)));
    PublishedChange transaction = Changes.transaction(UUID.randomUUID(), Set.of(donor));

    firing.fire(transaction);

    markerArrives(donor, path);
    assertTrue(receiver.event(path, transaction.eventId()).isEmpty());
  }

  @Test
  void filtersReplaceTheDefaultAndAllMustMatch() {
    UUID donor = UUID.randomUUID();
    String path = receiver.endpoint();
    Map<String, Object> filtered =
        Map.of(
            "url", receiver.url(path),
            "eventTypes", TYPES,
            "filters", Map.of("countries", List.of("TJ"), "sdgGoals", List.of(6)));
    subscribe(donor, filtered);
    UUID stranger = UUID.randomUUID();
    PublishedChange matching =
        Changes.projectUpdated(UUID.randomUUID(), Set.of(stranger), Set.of("TJ", "AF"), Set.of(6));
    PublishedChange otherCountry =
        Changes.projectUpdated(UUID.randomUUID(), Set.of(donor), Set.of("UZ"), Set.of(6));
    PublishedChange otherGoal =
        Changes.projectUpdated(UUID.randomUUID(), Set.of(donor), Set.of("TJ"), Set.of(13));
    PublishedChange marker =
        Changes.projectUpdated(UUID.randomUUID(), Set.of(stranger), Set.of("TJ"), Set.of(6));

    firing.fire(matching, otherCountry, otherGoal, marker);

    // Different projects are delivered side by side, in no order: wait for both that match.
    Eventually.await(
        WITHIN,
        "the marker and the change that matches both filters",
        () ->
            receiver.event(path, marker.eventId()).isPresent()
                && receiver.event(path, matching.eventId()).isPresent());
    assertTrue(receiver.event(path, otherCountry.eventId()).isEmpty(), "another country");
    assertTrue(receiver.event(path, otherGoal.eventId()).isEmpty(), "another goal");
  }

  @Test
  void aPingIsDeliveredSignedAndLogged() {
    UUID donor = UUID.randomUUID();
    String path = receiver.endpoint();
    var created = subscribe(donor, body(receiver.url(path), TYPES));
    String id = created.path("id");

    String webhookId =
        asDonor(donor)
            .post(subscription(id) + "/test")
            .then()
            .statusCode(202)
            .body("webhookId", startsWith("msg_"))
            .extract()
            .path("webhookId");

    Eventually.await(WITHIN, "the ping", () -> receiver.at(path, webhookId).size() == 1);
    Received ping = receiver.at(path, webhookId).get(0);
    assertTrue(ping.body().contains("\"type\":\"webhook.test\""), ping.body());
    assertTrue(Signatures.signedWith(created.path("secret"), ping));
    Eventually.awaitAsserted(
        WITHIN,
        () ->
            asDonor(donor)
                .get(subscription(id) + "/deliveries")
                .then()
                .body("items.webhookId", equalTo(List.of(webhookId)))
                .body("items[0].status", equalTo(200)));
  }

  @Test
  void aMessageIsRedeliveredOnRequestWithTheSameWebhookId() {
    UUID donor = UUID.randomUUID();
    String path = receiver.endpoint();
    String id = subscribe(donor, body(receiver.url(path), TYPES)).path("id");
    PublishedChange change = Changes.transaction(UUID.randomUUID(), Set.of(donor));
    String webhookId = "msg_" + change.eventId().toString().replace("-", "");
    firing.fire(change);
    Eventually.await(WITHIN, "the delivery", () -> receiver.at(path, webhookId).size() == 1);
    Eventually.await(
        WITHIN,
        "recorded as delivered",
        () -> rows.messageState(id, change.eventId()).orElse("").startsWith("delivered"));

    asDonor(donor)
        .post(subscription(id) + "/messages/" + webhookId + "/redeliveries")
        .then()
        .statusCode(202)
        .body("queued", equalTo(1));

    Eventually.await(WITHIN, "the redelivery", () -> receiver.at(path, webhookId).size() == 2);
    asDonor(donor)
        .post(subscription(id) + "/messages/msg_unknown/redeliveries")
        .then()
        .statusCode(404);
  }

  @Test
  void everythingSinceATimeIsRedeliveredOnRequest() {
    UUID donor = UUID.randomUUID();
    String path = receiver.endpoint();
    String id = subscribe(donor, body(receiver.url(path), TYPES)).path("id");
    PublishedChange first = Changes.transaction(UUID.randomUUID(), Set.of(donor));
    PublishedChange second = Changes.transaction(UUID.randomUUID(), Set.of(donor));
    firing.fire(first, second);
    Eventually.await(
        WITHIN,
        "both delivered",
        () ->
            rows.messageState(id, second.eventId()).orElse("").startsWith("delivered")
                && rows.messageState(id, first.eventId()).orElse("").startsWith("delivered"));

    asDonor(donor)
        .body(Map.of("since", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString()))
        .post(subscription(id) + "/redeliveries")
        .then()
        .statusCode(202)
        .body("queued", equalTo(2));

    Eventually.await(WITHIN, "both again", () -> receiver.at(path).size() == 4);
    asDonor(donor).body(Map.of()).post(subscription(id) + "/redeliveries").then().statusCode(400);
  }

  @Test
  void afterARotationBothSignaturesAreSentAndBothVerify() {
    UUID donor = UUID.randomUUID();
    String path = receiver.endpoint();
    var created = subscribe(donor, body(receiver.url(path), TYPES));
    String id = created.path("id");
    String rotated =
        asDonor(donor)
            .post(subscription(id) + "/secret-rotations")
            .then()
            .statusCode(200)
            .extract()
            .path("secret");
    PublishedChange change = Changes.transaction(UUID.randomUUID(), Set.of(donor));

    firing.fire(change);

    Received arrived =
        Eventually.awaitValue(WITHIN, "the delivery", () -> receiver.event(path, change.eventId()));
    assertEquals(2, Signatures.signatures(arrived).size(), arrived.header("webhook-signature"));
    assertTrue(Signatures.signedWith(rotated, arrived), "the new secret verifies");
    assertTrue(Signatures.signedWith(created.path("secret"), arrived), "the old one too");
  }

  @Test
  void anExchangeRateUpdateGoesToEverySubscriptionThatAskedForItWhateverItsFilters() {
    String plain = receiver.endpoint();
    String filtered = receiver.endpoint();
    String notAsked = receiver.endpoint();
    subscribe(UUID.randomUUID(), body(receiver.url(plain), List.of(Changes.RATE_UPDATED)));
    subscribe(
        UUID.randomUUID(),
        Map.of(
            "url", receiver.url(filtered),
            "eventTypes", List.of(Changes.RATE_UPDATED, Changes.RECORDED),
            "filters", Map.of("countries", List.of("TM"))));
    UUID donor = UUID.randomUUID();
    subscribe(donor, body(receiver.url(notAsked), TYPES));
    PublishedChange rate = Changes.rateUpdated("TJS");

    firing.fire(rate);

    Eventually.await(
        WITHIN,
        "the rate at both that asked",
        () ->
            receiver.event(plain, rate.eventId()).isPresent()
                && receiver.event(filtered, rate.eventId()).isPresent());
    markerArrives(donor, notAsked);
    assertTrue(receiver.event(notAsked, rate.eventId()).isEmpty());
  }

  @Test
  void aDisabledSubscriptionAnswers409ToPingsAndRedeliveriesAndQueuesNothing() {
    UUID donor = UUID.randomUUID();
    String id = subscribe(donor, body(receiver.url(receiver.endpoint()), TYPES)).path("id");
    asDonor(donor)
        .header("If-Match", "\"0\"")
        .body(Map.of("enabled", false))
        .patch(subscription(id))
        .then()
        .statusCode(200);

    asDonor(donor)
        .post(subscription(id) + "/test")
        .then()
        .statusCode(409)
        .body("type", equalTo("https://sdghub.org/problems/webhook-subscription-disabled"));
    asDonor(donor)
        .body(Map.of("since", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString()))
        .post(subscription(id) + "/redeliveries")
        .then()
        .statusCode(409);
    assertEquals(0, rows.messagesOf(id));
  }

  @Test
  void theMessagesOfASubscriptionAreListedWithTheirStateAndABadStateIsRefused() {
    UUID donor = UUID.randomUUID();
    String path = receiver.endpoint();
    String id = subscribe(donor, body(receiver.url(path), TYPES)).path("id");
    markerArrives(donor, path);

    Eventually.awaitAsserted(
        WITHIN,
        () ->
            asDonor(donor)
                .queryParam("state", "delivered")
                .get(subscription(id) + "/messages")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].state", equalTo("delivered"))
                .body("items[0].attempts", equalTo(1)));
    asDonor(donor)
        .queryParam("state", "lost")
        .get(subscription(id) + "/messages")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("state"));
  }

  @Test
  void aChangeFiredOutsideATransactionIsRefusedLoudly() {
    PublishedChange change = Changes.transaction(UUID.randomUUID(), Set.of(UUID.randomUUID()));
    org.junit.jupiter.api.Assertions.assertThrows(
        jakarta.transaction.TransactionalException.class, () -> changes.fire(change));
  }

  @Test
  void deliveriesAreCountedByOutcome() {
    double before = delivered();
    UUID donor = UUID.randomUUID();
    String path = receiver.endpoint();
    subscribe(donor, body(receiver.url(path), TYPES));

    markerArrives(donor, path);

    Eventually.await(WITHIN, "the delivery counted", () -> delivered() >= before + 1);
    assertTrue(registry.find("sdghub.webhooks.attempt.duration").timer().count() > 0);
  }

  private double delivered() {
    var counter = registry.find("sdghub.webhooks.attempts").tag("outcome", "delivered").counter();
    return counter == null ? 0 : counter.count();
  }

  private void markerArrives(UUID donor, String path) {
    PublishedChange marker = Changes.projectUpdated(UUID.randomUUID(), donor);
    firing.fire(marker);
    Eventually.await(
        WITHIN, "the marker", () -> receiver.event(path, marker.eventId()).isPresent());
  }
}
