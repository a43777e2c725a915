package org.sdghub.platform.testing.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.DeadLetter;
import org.sdghub.platform.DeadLetters;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.internal.inbox.InboxConsumerLifecycle;
import org.sdghub.platform.testing.EventSender;
import org.sdghub.platform.testing.Eventually;
import org.sdghub.platform.testing.Management;
import org.sdghub.platform.testing.events.things.Healing;
import org.sdghub.platform.testing.events.things.ThingService;

@QuarkusTest
class InboxTest {

  private static final String TOPIC = "sdghub.platform-test.v1";
  private static final String SOURCE = "/sdghub/other-service";
  private static final Duration PROCESSING = Duration.ofSeconds(30);

  @Inject EventTables tables;
  @Inject DeadLetters deadLetters;
  @Inject Healing healing;
  @Inject ObjectMapper mapper;
  @Inject InboxConsumerLifecycle consumer;
  @Inject AgroalDataSource dataSource;

  private EventSender sender;

  @BeforeEach
  void openSender() {
    sender = EventSender.toApplicationBroker();
  }

  @AfterEach
  void closeSender() {
    sender.close();
  }

  @Test
  void anEventDeliveredTwiceAndOutOfOrderHasItsEffectOnce() {
    String thing = newThing();
    ReceivedEvent second = changed(thing, 2, false);
    ReceivedEvent first = changed(thing, 1, false);

    sender.send(TOPIC, second);
    sender.send(TOPIC, first);
    sender.send(TOPIC, second);
    sender.send(TOPIC, changed(thing, 3, false));

    awaitMirrorVersion(thing, 3);
    assertEquals(2, tables.mirror(thing).orElseThrow().appliedCount(), "only versions 2 and 3");
    assertEquals("stale", tables.inboxOutcome(first.id()).orElseThrow());
  }

  @Test
  void eventsReadInOnePollAreAppliedInOneTransactionEachOnceInItsAggregatesOrder() {
    String batch = newThing() + "-";
    List<String> things = IntStream.range(0, 10).mapToObj(i -> batch + i).toList();

    whileTheConsumerIsStopped(
        () -> {
          for (String thing : things) {
            ReceivedEvent second = changed(thing, 2, false);
            sender.send(TOPIC, second);
            sender.send(TOPIC, changed(thing, 1, false));
            sender.send(TOPIC, second);
            sender.send(TOPIC, changed(thing, 3, false));
          }
        });

    things.forEach(thing -> awaitMirrorVersion(thing, 3));
    for (String thing : things) {
      assertEquals(2, tables.mirror(thing).orElseThrow().appliedCount(), "only versions 2 and 3");
    }
    // The first poll after the restart may hold only part of what was sent (what was fetched so
    // far): a few transactions at most, where one per event would be 30.
    int transactions = tables.inboxTransactionsOf(batch);
    assertTrue(transactions <= 3, "the polls' events in one transaction each, not " + transactions);
  }

  @Test
  void aPoisonEventReadInOnePollWithOthersIsTheOnlyOneParked() {
    String batch = newThing() + "-";
    String before = batch + "before";
    String poisoned = batch + "poisoned";
    String after = batch + "after";

    whileTheConsumerIsStopped(
        () -> {
          sender.send(TOPIC, changed(before, 1, false));
          sender.send(TOPIC, changed(poisoned, 1, true));
          sender.send(TOPIC, changed(after, 1, false));
          sender.send(TOPIC, changed(before, 2, false));
        });

    awaitMirrorVersion(before, 2);
    awaitMirrorVersion(after, 1);
    assertEquals(poisoned, parkedEventOf(poisoned).subject());
    assertEquals(3, parkedEventOf(poisoned).attempts());
    assertEquals(2, tables.mirror(before).orElseThrow().appliedCount(), "each version once");
    assertEquals(1, tables.mirror(after).orElseThrow().appliedCount(), "applied once");
    assertTrue(tables.mirror(poisoned).isEmpty(), "nothing of the poisoned event kept");
    assertTrue(
        deadLetters.list().stream()
            .noneMatch(
                l ->
                    l.subject() != null
                        && !poisoned.equals(l.subject())
                        && l.subject().startsWith(batch)),
        "only the poisoned event parked");
  }

  @Test
  void aPoisonEventIsParkedAfterItsAttemptsAndTheConsumerGoesOn() {
    String thing = newThing();
    ReceivedEvent poison = changed(thing, 1, true);

    sender.send(TOPIC, poison);
    sender.send(TOPIC, changed(thing, 2, false));

    awaitMirrorVersion(thing, 2);
    DeadLetter parked = parkedEventOf(thing);
    assertEquals(poison.id(), parked.eventId());
    assertEquals(3, parked.attempts());
    assertTrue(parked.error().contains("is poisoned"), parked.error());
  }

  @Test
  void anEventThatMeetsALockHeldLongerThanAllItsAttemptsIsAppliedOnceTheLockGoesNotParked()
      throws Exception {
    String thing = newThing();
    sender.send(TOPIC, changed(thing, 1, false));
    awaitMirrorVersion(thing, 1);
    ReceivedEvent blocked = impatientChange(thing, 2);

    try (Connection holder = lockingTheMirrorOf(thing)) {
      sender.send(TOPIC, blocked);
      // Three attempts 20 ms apart are over in well under a second: this is many times that.
      Thread.sleep(2_000);
      assertTrue(
          deadLetters.list().stream().noneMatch(l -> blocked.id().equals(l.eventId())),
          "parked while the lock was held");
      assertEquals(1, tables.mirror(thing).orElseThrow().version(), "applied despite the lock");
      holder.rollback();
    }

    awaitMirrorVersion(thing, 2);
    assertEquals(2, tables.mirror(thing).orElseThrow().appliedCount(), "each version once");
    assertTrue(deadLetters.list().stream().noneMatch(l -> blocked.id().equals(l.eventId())));
  }

  @Test
  void aMessageThatIsNotACloudEventIsParkedAtOnce() {
    String key = newThing();

    sender.sendRaw(TOPIC, key, "{not json".getBytes(StandardCharsets.UTF_8));

    DeadLetter parked =
        Eventually.awaitValue(
            PROCESSING,
            "the unreadable message was never parked",
            () ->
                deadLetters.list().stream()
                    .filter(letter -> letter.message().equals("{not json"))
                    .findFirst());
    assertEquals(1, parked.attempts());
    assertEquals(null, parked.eventId());
  }

  @Test
  void anUnknownTypeIsSkippedAndRecorded() {
    String thing = newThing();
    ReceivedEvent unknown =
        EventSender.newEvent(
            SOURCE, "org.sdghub.platformtest.thing.unheard-of.v1", thing, 1, data(thing, 1, false));

    sender.send(TOPIC, unknown);
    sender.send(TOPIC, changed(thing, 1, false));

    awaitMirrorVersion(thing, 1);
    assertEquals("unknown-type", tables.inboxOutcome(unknown.id()).orElseThrow());
    assertTrue(deadLetters.list().stream().noneMatch(l -> unknown.id().equals(l.eventId())));
  }

  // The handler runs inside QuarkusTransaction, which hands back an Error as a failure of the
  // message like any exception: the consumer retries it, parks it and goes on.
  @Test
  void aHandlerThrowingAnErrorParksThatMessageAndTheConsumerGoesOn() {
    String broken = newThing();
    String next = newThing();
    ObjectNode data = (ObjectNode) data(broken, 1, false);
    data.put("errorUntilHealed", true);
    ReceivedEvent erroring = EventSender.newEvent(SOURCE, ThingService.CHANGED, broken, 1, data);

    sender.send(TOPIC, erroring);
    sender.send(TOPIC, changed(next, 1, false));

    awaitMirrorVersion(next, 1);
    DeadLetter parked = parkedEventOf(broken);
    assertEquals(erroring.id(), parked.eventId());
    assertTrue(tables.mirror(broken).isEmpty(), "nothing half-applied");
  }

  @Test
  void anEventSkippedBeforeItsTypeHadAHandlerIsAppliedWhenTheTopicIsReplayed() {
    String thing = newThing();
    ReceivedEvent skipped = changed(thing, 1, false);
    // As an earlier deployment, without a handler for the type, recorded it.
    tables.execute(
        "INSERT INTO inbox_event (source, event_id, type, subject, sequence, outcome)"
            + " VALUES ('"
            + SOURCE
            + "', ?, '"
            + ThingService.CHANGED
            + "', '"
            + thing
            + "', 1, 'unknown-type')",
        skipped.id());

    sender.send(TOPIC, skipped);

    awaitMirrorVersion(thing, 1);
    assertEquals("applied", tables.inboxOutcome(skipped.id()).orElseThrow());
    sender.send(TOPIC, skipped);
    sender.send(TOPIC, changed(thing, 2, false));
    awaitMirrorVersion(thing, 2);
    assertEquals(2, tables.mirror(thing).orElseThrow().appliedCount(), "applied once");
  }

  @Test
  @TestSecurity(user = "operator", roles = "coordinator")
  void aCoordinatorReplaysAFixedDeadLetterAndItIsApplied() {
    String thing = newThing();
    sender.send(TOPIC, changed(thing, 1, true));
    DeadLetter parked = parkedEventOf(thing);

    given()
        .when()
        .get("/internal/dead-letters/{id}", parked.id())
        .then()
        .statusCode(200)
        .body("subject", is(thing));
    healing.heal(thing);
    given().when().post("/internal/dead-letters/{id}/replay", parked.id()).then().statusCode(204);

    assertEquals(1, tables.mirror(thing).orElseThrow().appliedCount());
    assertTrue(deadLetters.find(parked.id()).isEmpty(), "the replayed dead letter is gone");
  }

  @Test
  @TestSecurity(user = "operator", roles = "coordinator")
  void aDeadLetterThatFailsAgainStaysWithOneMoreAttempt() {
    String thing = newThing();
    sender.send(TOPIC, changed(thing, 1, true));
    DeadLetter parked = parkedEventOf(thing);

    given().when().post("/internal/dead-letters/{id}/replay", parked.id()).then().statusCode(409);

    assertEquals(4, deadLetters.find(parked.id()).orElseThrow().attempts());
    assertTrue(tables.mirror(thing).isEmpty(), "nothing was applied");
  }

  @Test
  void readinessSaysInWordsWhichTopicIsHowManyEventsBehind() throws Exception {
    String thing = newThing();
    sender.send(TOPIC, changed(thing, 1, false));
    awaitMirrorVersion(thing, 1);
    ReceivedEvent blocked = impatientChange(thing, 2);

    try (Connection holder = lockingTheMirrorOf(thing)) {
      // The event the lock holds up, and five behind it on its partition (the same key).
      sender.send(TOPIC, blocked);
      for (long version = 3; version <= 7; version++) {
        sender.send(TOPIC, changed(thing, version, false));
      }
      // Nothing is committed past the event held up: the group is at least six events behind.
      JsonPath stuck =
          Eventually.awaitValue(
              PROCESSING,
              "the lag never showed in readiness",
              () -> Optional.of(eventsCheck()).filter(check -> behind(check) >= 6));
      assertTrue(
          behindInWords(stuck).contains(TOPIC + " " + behind(stuck) + " events behind"),
          behindInWords(stuck));
      holder.rollback();
    }

    awaitMirrorVersion(thing, 7);
    JsonPath caughtUp =
        Eventually.awaitValue(
            PROCESSING,
            "the lag never came back to 0",
            () -> Optional.of(eventsCheck()).filter(check -> behind(check) == 0));
    assertTrue(behindInWords(caughtUp).startsWith("up to date"), behindInWords(caughtUp));
  }

  private static long behind(JsonPath check) {
    Number events = check.get("data.'inbox.behind." + TOPIC + "'");
    return events == null ? -1 : events.longValue();
  }

  private static String behindInWords(JsonPath check) {
    return check.getString("data.'inbox.behind'");
  }

  private static JsonPath eventsCheck() {
    return Management.given()
        .when()
        .get("/q/health/ready")
        .then()
        .extract()
        .jsonPath()
        .setRootPath("checks.find { it.name == 'sdghub-events' }");
  }

  @Test
  @TestSecurity(user = "operator", roles = "coordinator")
  void deadLettersArePagedOldestFirst() {
    String first = newThing();
    String second = newThing();
    sender.send(TOPIC, changed(first, 1, true));
    DeadLetter older = parkedEventOf(first);
    sender.send(TOPIC, changed(second, 1, true));
    DeadLetter newer = parkedEventOf(second);

    long total =
        given()
            .queryParam("size", 1)
            .when()
            .get("/internal/dead-letters")
            .then()
            .statusCode(200)
            .body("items", hasSize(1))
            .body("size", is(1))
            .extract()
            .jsonPath()
            .getLong("total");
    assertTrue(total >= 2, "both dead letters counted, not " + total);
    List<Long> ids =
        given()
            .queryParam("size", 1)
            .queryParam("page", total - 1)
            .when()
            .get("/internal/dead-letters")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id", Long.class);
    assertTrue(older.id() < newer.id(), "parked in the order they failed");
    assertEquals(List.of(newer.id()), ids, "the last page holds the newest");
  }

  @Test
  @TestSecurity(user = "operator", roles = "coordinator")
  void aCoordinatorReplaysEveryDeadLetterAtOnceAndThoseStillFailingStay() {
    String fixed = newThing();
    String broken = newThing();
    sender.send(TOPIC, changed(fixed, 1, true));
    sender.send(TOPIC, changed(broken, 1, true));
    DeadLetter fixedLetter = parkedEventOf(fixed);
    DeadLetter brokenLetter = parkedEventOf(broken);
    healing.heal(fixed);

    var answer =
        given()
            .when()
            .post("/internal/dead-letters/replay")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertTrue(answer.getInt("replayed") >= 1, answer.prettify());
    assertTrue(answer.getInt("failedAgain") >= 1, answer.prettify());
    assertEquals(1, tables.mirror(fixed).orElseThrow().appliedCount(), "the fixed one applied");
    assertTrue(deadLetters.find(fixedLetter.id()).isEmpty(), "and gone from the dead letters");
    assertEquals(4, deadLetters.find(brokenLetter.id()).orElseThrow().attempts());
    assertTrue(tables.mirror(broken).isEmpty(), "the broken one still not applied");
  }

  @Test
  @TestSecurity(user = "someone", roles = "viewer")
  void deadLettersAreForCoordinatorsOnly() {
    given().when().get("/internal/dead-letters").then().statusCode(403);
    given().when().post("/internal/dead-letters/1/replay").then().statusCode(403);
    given().when().post("/internal/dead-letters/replay").then().statusCode(403);
  }

  @Test
  void deadLettersNeedAnAuthenticatedCaller() {
    given().when().get("/internal/dead-letters").then().statusCode(401);
  }

  /** A change that waits for its mirror's row lock at most 50 ms, failing for the moment after. */
  private ReceivedEvent impatientChange(String thing, long version) {
    ObjectNode data = (ObjectNode) data(thing, version, false);
    data.put("impatient", true);
    return EventSender.newEvent(SOURCE, ThingService.CHANGED, thing, version, data);
  }

  /** A transaction holding the row lock of the thing's mirror until it is rolled back or closed. */
  private Connection lockingTheMirrorOf(String thing) throws Exception {
    Connection holder = dataSource.getConnection();
    holder.setAutoCommit(false);
    try (PreparedStatement lock =
        holder.prepareStatement("SELECT * FROM event_test_thing_mirror WHERE id = ? FOR UPDATE")) {
      lock.setString(1, thing);
      lock.executeQuery().close();
    } catch (Exception e) {
      holder.close();
      throw e;
    }
    return holder;
  }

  /** Sends while the consumer is stopped, so that what was sent is read in one poll. */
  private void whileTheConsumerIsStopped(Runnable sending) {
    consumer.stop();
    try {
      sending.run();
    } finally {
      consumer.start();
    }
  }

  private DeadLetter parkedEventOf(String thing) {
    return Eventually.awaitValue(
        PROCESSING,
        "no event of " + thing + " was parked",
        () -> deadLetters.list().stream().filter(l -> thing.equals(l.subject())).findFirst());
  }

  private void awaitMirrorVersion(String thing, long version) {
    Eventually.await(
        PROCESSING,
        "the mirror of " + thing + " never reached version " + version,
        () -> tables.mirror(thing).map(m -> m.version() == version).orElse(false));
  }

  private ReceivedEvent changed(String thing, long version, boolean poisoned) {
    return EventSender.newEvent(
        SOURCE, ThingService.CHANGED, thing, version, data(thing, version, poisoned));
  }

  private JsonNode data(String thing, long version, boolean poisoned) {
    ObjectNode data =
        mapper
            .createObjectNode()
            .put("id", thing)
            .put("name", "v" + version)
            .put("version", version);
    return poisoned ? data.put("failUntilHealed", true) : data;
  }

  private static String newThing() {
    return "inbox-" + UUID.randomUUID();
  }
}
