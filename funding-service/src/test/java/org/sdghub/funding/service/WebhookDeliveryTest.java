package org.sdghub.funding.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdghub.funding.WebhookRequests.asDonor;
import static org.sdghub.funding.WebhookRequests.body;
import static org.sdghub.funding.WebhookRequests.subscribe;
import static org.sdghub.funding.WebhookRequests.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import java.time.Duration;
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
import org.sdghub.funding.WebhookReceiver.Reply;
import org.sdghub.funding.WebhookRows;
import org.sdghub.funding.events.PublishedChange;
import org.sdghub.platform.testing.Eventually;

/** Deliveries to a real receiver on loopback, over the compressed test schedule. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryTest {

  private static final Duration WITHIN = Duration.ofSeconds(15);
  private static final List<String> TYPES = List.of(Changes.RECORDED, Changes.PROJECT_UPDATED);

  private final Vertx vertx;
  private final ChangeFiring firing;
  private final WebhookRows rows;
  private final ObjectMapper json = new ObjectMapper();
  private WebhookReceiver receiver;

  WebhookDeliveryTest(Vertx vertx, ChangeFiring firing, WebhookRows rows) {
    this.vertx = vertx;
    this.firing = firing;
    this.rows = rows;
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
  void receiverFailingThreeTimesGetsOneSuccessfulDeliveryWithTheSameWebhookIdEachTime()
      throws Exception {
    UUID donor = UUID.randomUUID();
    String path = receiver.endpoint(Reply.of(500), Reply.of(502), Reply.of(503));
    var created = subscribe(donor, body(receiver.url(path), TYPES));
    String id = created.path("id");
    PublishedChange change = Changes.transaction(UUID.randomUUID(), Set.of(donor));

    firing.fire(change);

    String webhookId = "msg_" + change.eventId().toString().replace("-", "");
    Eventually.await(WITHIN, "four attempts", () -> receiver.at(path).size() >= 4);
    markerArrives(donor, path);
    List<Received> attempts = receiver.at(path, webhookId);
    assertEquals(4, attempts.size(), "three failures, one success, nothing more");
    for (Received attempt : attempts) {
      assertTrue(Signatures.signedWith(created.path("secret"), attempt), "each attempt is signed");
      assertEquals("application/json", attempt.header("content-type"));
    }
    JsonNode sent = json.readTree(attempts.get(3).body());
    assertEquals(change.eventId().toString(), sent.get("id").asText());
    assertEquals(Changes.RECORDED, sent.get("type").asText());
    assertEquals("/sdghub/funding-service", sent.get("source").asText());
    assertEquals(change.subject(), sent.get("subject").asText());
    assertEquals(change.data(), sent.get("data"));
    assertEquals("delivered|4", rows.messageState(id, change.eventId()).orElseThrow());
    asDonor(donor)
        .queryParam("webhookId", webhookId)
        .get(subscription(id) + "/deliveries")
        .then()
        .statusCode(200)
        .body("total", org.hamcrest.Matchers.equalTo(4))
        .body("items.status", org.hamcrest.Matchers.equalTo(List.of(500, 502, 503, 200)))
        .body("items[0].responseExcerpt", org.hamcrest.Matchers.equalTo("answer 500"));
  }

  @Test
  void retryAfterIsHonouredBeforeTheNextAttempt() {
    UUID donor = UUID.randomUUID();
    String path = receiver.endpoint(new Reply(503, Map.of("Retry-After", "1")));
    String id = subscribe(donor, body(receiver.url(path), TYPES)).path("id");

    firing.fire(Changes.transaction(UUID.randomUUID(), Set.of(donor)));

    Eventually.await(WITHIN, "a second attempt", () -> receiver.at(path).size() == 2);
    List<Received> attempts = receiver.at(path);
    long pause = Duration.ofNanos(attempts.get(1).atNanos() - attempts.get(0).atNanos()).toMillis();
    String log =
        asDonor(donor).get(subscription(id) + "/deliveries").then().extract().body().asString();
    assertTrue(pause >= 1000, "waited " + pause + " ms, Retry-After asked for 1 s; log " + log);
  }

  @Test
  void goneDisablesTheSubscriptionItsOwnerSeesWhyAndCanEnableItAgain() {
    UUID donor = UUID.randomUUID();
    String path = receiver.endpoint(Reply.of(410));
    String id = subscribe(donor, body(receiver.url(path), TYPES)).path("id");
    PublishedChange change = Changes.transaction(UUID.randomUUID(), Set.of(donor));

    firing.fire(change);

    Eventually.awaitAsserted(
        WITHIN,
        () ->
            asDonor(donor)
                .get(subscription(id))
                .then()
                .body("enabled", org.hamcrest.Matchers.equalTo(false))
                .body("health.lastStatus", org.hamcrest.Matchers.equalTo(410))
                .body("health.disabledReason", org.hamcrest.Matchers.containsString("410"))
                .body("health.disabledAt", org.hamcrest.Matchers.notNullValue()));
    assertEquals("failed|1", rows.messageState(id, change.eventId()).orElseThrow());
    PublishedChange whileDisabled = Changes.transaction(UUID.randomUUID(), Set.of(donor));
    firing.fire(whileDisabled);
    assertEquals(1, rows.messagesOf(id), "nothing queued while it is disabled");

    String etag = asDonor(donor).get(subscription(id)).then().extract().header("ETag");
    asDonor(donor)
        .header("If-Match", etag)
        .body(Map.of("enabled", true))
        .patch(subscription(id))
        .then()
        .statusCode(200);
    PublishedChange after = Changes.transaction(UUID.randomUUID(), Set.of(donor));
    firing.fire(after);
    Eventually.await(
        WITHIN, "delivery after enabling", () -> receiver.event(path, after.eventId()).isPresent());
  }

  @Test
  void aSubscriptionFailingWithoutSuccessForTooLongIsDisabledSayingSince() {
    UUID donor = UUID.randomUUID();
    String path = receiver.endpoint(Reply.of(500));
    String id = subscribe(donor, body(receiver.url(path), TYPES)).path("id");
    rows.failingForDays(id, 6);

    firing.fire(Changes.transaction(UUID.randomUUID(), Set.of(donor)));

    Eventually.awaitAsserted(
        WITHIN,
        () ->
            asDonor(donor)
                .get(subscription(id))
                .then()
                .body("enabled", org.hamcrest.Matchers.equalTo(false))
                .body(
                    "health.disabledReason",
                    org.hamcrest.Matchers.startsWith("No successful delivery since"))
                .body("health.lastError", org.hamcrest.Matchers.containsString("500")));
  }

  @Test
  void aMessageIsGivenUpAfterTheLastAttemptOfTheSchedule() {
    UUID donor = UUID.randomUUID();
    Reply[] failures = new Reply[8];
    java.util.Arrays.fill(failures, Reply.of(500));
    String path = receiver.endpoint(failures);
    String id = subscribe(donor, body(receiver.url(path), TYPES)).path("id");
    PublishedChange change = Changes.transaction(UUID.randomUUID(), Set.of(donor));

    firing.fire(change);

    Eventually.await(
        WITHIN,
        "the message given up",
        () -> rows.messageState(id, change.eventId()).orElse("").equals("failed|8"));
    assertEquals(8, receiver.at(path).size());
    assertEquals(8, rows.attemptsOf(id));
  }

  @Test
  void messagesOfOneProjectArriveInTheirOrderEvenWhenTheFirstIsRetried() {
    UUID donor = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    String path = receiver.endpoint(Reply.of(500), Reply.of(500));
    subscribe(donor, body(receiver.url(path), TYPES));
    PublishedChange first = Changes.transaction(project, Set.of(donor));
    PublishedChange second = Changes.projectUpdated(project, donor);

    firing.fire(first, second);

    Eventually.await(
        WITHIN, "the second message", () -> receiver.event(path, second.eventId()).isPresent());
    List<Received> arrived = receiver.at(path);
    assertEquals(4, arrived.size());
    for (int i = 0; i < 3; i++) {
      assertTrue(arrived.get(i).body().contains(first.eventId().toString()), "first goes first");
    }
  }

  @Test
  void aChangeThatRollsBackQueuesNothing() {
    UUID donor = UUID.randomUUID();
    String path = receiver.endpoint();
    String id = subscribe(donor, body(receiver.url(path), TYPES)).path("id");
    PublishedChange change = Changes.transaction(UUID.randomUUID(), Set.of(donor));

    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, () -> firing.fireAndFail(change));

    assertEquals(0, rows.messagesOf(id));
    markerArrives(donor, path);
    assertTrue(receiver.event(path, change.eventId()).isEmpty());
  }

  @Test
  void webhooksArriveWithinTensOfMillisecondsOfTheCommit() {
    UUID donor = UUID.randomUUID();
    String path = receiver.endpoint();
    subscribe(donor, body(receiver.url(path), TYPES));
    markerArrives(donor, path);
    long[] latencies = new long[9];
    for (int i = 0; i < latencies.length; i++) {
      PublishedChange change = Changes.transaction(UUID.randomUUID(), Set.of(donor));
      firing.fire(change);
      long committed = System.nanoTime();
      Received arrived =
          Eventually.awaitValue(
              WITHIN, "the webhook", () -> receiver.event(path, change.eventId()));
      latencies[i] = Duration.ofNanos(arrived.atNanos() - committed).toMillis();
    }
    java.util.Arrays.sort(latencies);
    // The poll interval in tests is 200 ms: a median well below it shows that the commit woke it.
    assertTrue(
        latencies[4] < 100,
        "median " + latencies[4] + " ms: " + java.util.Arrays.toString(latencies));
  }

  /** Fires a change for the donor and waits until it arrives: everything before it has too. */
  private void markerArrives(UUID donor, String path) {
    PublishedChange marker = Changes.projectUpdated(UUID.randomUUID(), donor);
    firing.fire(marker);
    Eventually.await(
        WITHIN, "the marker", () -> receiver.event(path, marker.eventId()).isPresent());
  }
}
