package org.sdghub.funding.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.funding.WebhookRequests.body;
import static org.sdghub.funding.WebhookRequests.subscribe;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sdghub.funding.ChangeFiring;
import org.sdghub.funding.Changes;
import org.sdghub.funding.WebhookReceiver;
import org.sdghub.funding.WebhookReceiver.Reply;
import org.sdghub.funding.WebhookRows;
import org.sdghub.funding.config.WebhooksConfig;
import org.sdghub.funding.events.PublishedChange;
import org.sdghub.funding.repository.ClaimedMessage;
import org.sdghub.platform.testing.Eventually;

/** The queue lives in PostgreSQL: it survives a stopped dispatcher and is shared safely. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDispatcherRestartTest {

  private static final Duration WITHIN = Duration.ofSeconds(20);
  private static final List<String> TYPES = List.of(Changes.RECORDED);

  private final Vertx vertx;
  private final ChangeFiring firing;
  private final WebhookRows rows;
  private final DispatcherLifecycle lifecycle;
  private final DeliveryWork work;
  private final DispatchSignal signal;
  private final WebhooksConfig config;
  private WebhookReceiver receiver;

  WebhookDispatcherRestartTest(
      Vertx vertx,
      ChangeFiring firing,
      WebhookRows rows,
      DispatcherLifecycle lifecycle,
      DeliveryWork work,
      DispatchSignal signal,
      WebhooksConfig config) {
    this.vertx = vertx;
    this.firing = firing;
    this.rows = rows;
    this.lifecycle = lifecycle;
    this.work = work;
    this.signal = signal;
    this.config = config;
  }

  @BeforeAll
  void startReceiver() {
    receiver = WebhookReceiver.start(vertx);
  }

  @AfterAll
  void stopReceiver() {
    lifecycle.start();
    receiver.close();
  }

  @Test
  void deliveriesResumeAfterTheDispatcherIsRestartedMidSchedule() {
    UUID donor = UUID.randomUUID();
    String path = receiver.endpoint(Reply.of(500));
    String id = subscribe(donor, body(receiver.url(path), TYPES)).path("id");
    UUID project = UUID.randomUUID();
    PublishedChange change = Changes.transaction(project, Set.of(donor));
    String webhookId = "msg_" + change.eventId().toString().replace("-", "");
    firing.fire(change);
    Eventually.await(WITHIN, "the first attempt", () -> receiver.at(path).size() == 1);
    Eventually.await(
        WITHIN,
        "the failure recorded",
        () -> rows.messageState(id, change.eventId()).orElse("").equals("pending|1"));

    lifecycle.stop();
    PublishedChange whileStopped = Changes.transaction(project, Set.of(donor));
    firing.fire(whileStopped);
    assertEquals("pending|0", rows.messageState(id, whileStopped.eventId()).orElseThrow());
    lifecycle.start();

    Eventually.await(
        WITHIN,
        "both delivered after the restart",
        () -> receiver.event(path, whileStopped.eventId()).isPresent());
    assertEquals(2, receiver.at(path, webhookId).size(), "the failed one once more, same id");
    assertEquals(3, receiver.at(path).size(), "and then the one queued while stopped");
    assertEquals("delivered|2", rows.messageState(id, change.eventId()).orElseThrow());
  }

  @Test
  void aClaimedMessageIsNotClaimedByAnotherInstanceAndTheLaterOneOfItsProjectWaits() {
    lifecycle.stop();
    try {
      UUID donor = UUID.randomUUID();
      UUID project = UUID.randomUUID();
      String path = receiver.endpoint();
      String id = subscribe(donor, body(receiver.url(path), TYPES)).path("id");
      PublishedChange first = Changes.transaction(project, Set.of(donor));
      PublishedChange second = Changes.transaction(project, Set.of(donor));
      firing.fire(first, second);

      List<ClaimedMessage> byA = mine(work.claim(100, "instance-a"), id);
      List<ClaimedMessage> byB = mine(work.claim(100, "instance-b"), id);

      assertEquals(1, byA.size(), "A claims the first of the project's queue only");
      assertEquals(List.of(), byB, "B gets nothing: the first is A's, the second waits for it");
      work.attempt(byA.get(0), "instance-a");
      assertEquals(
          "delivered|1",
          rows.messageState(id, first.eventId()).orElseThrow(),
          () -> "its attempts: " + rows.attemptLog(byA.get(0).webhookId()));
      List<ClaimedMessage> next = mine(work.claim(100, "instance-b"), id);
      assertEquals(1, next.size(), "now the second is due");
      work.attempt(next.get(0), "instance-b");
      assertEquals(
          "delivered|1",
          rows.messageState(id, second.eventId()).orElseThrow(),
          () -> "its attempts: " + rows.attemptLog(next.get(0).webhookId()));
      assertEquals(2, receiver.at(path).size());
    } finally {
      lifecycle.start();
    }
  }

  private static List<ClaimedMessage> mine(List<ClaimedMessage> claimed, String subscription) {
    // Claims may also take other tests' leftovers; only this subscription's count here.
    return claimed.stream()
        .filter(m -> m.subscriptionId().toString().equals(subscription))
        .toList();
  }

  @Test
  void twoDispatchersOverOneDatabaseDeliverEachMessageOnce() {
    DeliveryDispatcher second = new DeliveryDispatcher(work, signal, config);
    second.start();
    try {
      UUID donor = UUID.randomUUID();
      String path = receiver.endpoint();
      subscribe(donor, body(receiver.url(path), TYPES));
      List<PublishedChange> changes = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        changes.add(Changes.transaction(UUID.randomUUID(), Set.of(donor)));
      }
      for (PublishedChange change : changes) {
        firing.fire(change);
      }

      Eventually.await(WITHIN, "all forty", () -> receiver.at(path).size() >= 40);
      PublishedChange marker = Changes.transaction(UUID.randomUUID(), Set.of(donor));
      firing.fire(marker);
      Eventually.await(
          WITHIN, "the marker", () -> receiver.event(path, marker.eventId()).isPresent());
      for (PublishedChange change : changes) {
        String webhookId = "msg_" + change.eventId().toString().replace("-", "");
        assertEquals(
            1,
            receiver.at(path, webhookId).size(),
            () -> webhookId + " arrived once; its attempts: " + rows.attemptLog(webhookId));
      }
    } finally {
      second.stop(Duration.ofSeconds(10));
    }
  }
}
