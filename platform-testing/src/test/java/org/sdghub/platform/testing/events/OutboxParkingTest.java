package org.sdghub.platform.testing.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.PageRequest;
import org.sdghub.platform.ParkedEvent;
import org.sdghub.platform.ParkedEvents;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.internal.events.EventsConfig;
import org.sdghub.platform.internal.outbox.OutboxRelay;
import org.sdghub.platform.internal.outbox.OutboxWriter;
import org.sdghub.platform.internal.outbox.RelaySettings;
import org.sdghub.platform.testing.Eventually;
import org.sdghub.platform.testing.TopicProbe;
import org.sdghub.platform.testing.events.things.ThingChanged;
import org.sdghub.platform.testing.events.things.ThingService;

/**
 * A topic whose broker limit ({@code max.message.bytes}) refuses one row for good: that row is
 * parked and the rows behind it go on, each aggregate's in order; an operator sees it and replays
 * it once the limit is raised. A relay of its own publishes the topic, apart from the
 * application's.
 */
@QuarkusTest
class OutboxParkingTest {

  private static final String TOPIC = "sdghub.platform-test.parking.v1";
  private static final int LIMIT = 4_096;
  private static final Duration ARRIVAL = Duration.ofSeconds(60);

  @Inject OutboxWriter outbox;
  @Inject AgroalDataSource dataSource;
  @Inject EventsConfig config;
  @Inject ParkedEvents parked;
  @Inject EventTables tables;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private OutboxRelay relay;

  @BeforeEach
  void topicWithASmallLimitAndARelay() throws Exception {
    try (Admin admin = EmbeddedServers.shared().kafka().admin()) {
      try {
        admin
            .createTopics(
                List.of(
                    new NewTopic(TOPIC, 3, (short) 1)
                        .configs(
                            Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(LIMIT)))))
            .all()
            .get(60, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
        setLimit(admin, LIMIT);
      }
    }
    // Earlier tests' parked rows of this topic are not this test's business.
    tables.execute("DELETE FROM outbox WHERE topic = ?", TOPIC);
    // Batches of two: the rows behind the oversized one are in later batches, which wait for it.
    RelaySettings settings = RelaySettings.of(TOPIC, config.relay());
    relay =
        new OutboxRelay(
            dataSource,
            Map.of("bootstrap.servers", bootstrapServers),
            new RelaySettings(
                TOPIC,
                settings.topicPartitions(),
                settings.topicReplicationFactor(),
                settings.topicMinInsyncReplicas(),
                2,
                settings.maxAttempts(),
                settings.pollInterval(),
                settings.sendTimeout(),
                settings.initialBackoff(),
                settings.maxBackoff(),
                settings.startupTimeout()));
    relay.start();
  }

  @AfterEach
  void stopRelay() {
    relay.stop();
  }

  @Test
  void anOversizedRowIsParkedWhileTheRowsBehindItArriveInOrder() {
    List<String> ids = newIds(3);
    String blocked = ids.get(0);
    try (TopicProbe probe = TopicProbe.atEnd(TOPIC)) {
      for (int version = 1; version <= 6; version++) {
        int v = version;
        append(ids, v, id -> id.equals(blocked) && v == 3 ? "x".repeat(LIMIT * 2) : "v" + v);
      }

      // All but the oversized one; most of them come in batches after it.
      List<ReceivedEvent> events = probe.awaitDistinctEvents(about(ids), 17, ARRIVAL);

      EventOrder.assertInOrderPerAggregate(events);
      assertTrue(
          events.stream().noneMatch(e -> e.subject().equals(blocked) && e.sequence() == 3),
          "the oversized event never reached the topic");
      List<ParkedEvent> rows = parkedOf(blocked);
      assertEquals(1, rows.size(), "the oversized row is parked: " + rows);
      ParkedEvent row = rows.get(0);
      assertEquals(3, row.sequence());
      assertEquals(config.relay().maxAttempts(), row.attempts());
      assertTrue(row.error().contains("RecordTooLarge"), row.error());
      assertTrue(row.bytes() > LIMIT, "its size is shown: " + row.bytes());
      // The last batch reached the topic; its commit may come a moment later.
      Eventually.await(ARRIVAL, "rows still wait behind the parked one", () -> waitingRows() == 0);
    }
  }

  @Test
  @TestSecurity(user = "operator", roles = "coordinator")
  void anOperatorSeesAParkedRowAndReplaysItOnceTheLimitIsRaised() throws Exception {
    String thing = newIds(1).get(0);
    append(List.of(thing), 1, id -> "y".repeat(LIMIT * 2));
    ParkedEvent row = awaitParked(thing);

    given()
        .when()
        .get("/internal/parked-events?size=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) row.id()))
        .body("total", equalTo(1));
    given()
        .when()
        .get("/internal/parked-events/{id}", row.id())
        .then()
        .statusCode(200)
        .body("aggregateId", equalTo(thing))
        .body("error", containsString("RecordTooLarge"));
    try (Admin admin = EmbeddedServers.shared().kafka().admin();
        TopicProbe probe = TopicProbe.atEnd(TOPIC)) {
      setLimit(admin, LIMIT * 4);

      given().when().post("/internal/parked-events/{id}/replay", row.id()).then().statusCode(202);

      ReceivedEvent event = probe.awaitEvents(about(List.of(thing)), 1, ARRIVAL).get(0);
      assertEquals(row.eventId(), event.id());
    }
    Eventually.await(ARRIVAL, "the replayed row was never marked sent", () -> waitingRows() == 0);
    assertTrue(parked.find(row.id()).isEmpty(), "the replayed row is no longer parked");
  }

  @Test
  @TestSecurity(user = "operator", roles = "coordinator")
  void everyParkedRowIsReplayedAtOnceInTheirOrder() throws Exception {
    List<String> ids = newIds(2);
    append(ids, 1, id -> "z".repeat(LIMIT * 2));
    ids.forEach(this::awaitParked);
    try (Admin admin = EmbeddedServers.shared().kafka().admin();
        TopicProbe probe = TopicProbe.atEnd(TOPIC)) {
      setLimit(admin, LIMIT * 4);

      given()
          .when()
          .post("/internal/parked-events/replay")
          .then()
          .statusCode(202)
          .body("replayed", equalTo(2));

      probe.awaitEvents(about(ids), 2, ARRIVAL);
    }
  }

  @Test
  @TestSecurity(user = "operator", roles = "coordinator")
  void unknownRowsAndBadPagesAreRefused() {
    given().when().post("/internal/parked-events/{id}/replay", 987654321L).then().statusCode(404);
    given().when().get("/internal/parked-events/{id}", 987654321L).then().statusCode(404);
    given()
        .when()
        .get("/internal/parked-events?size=1000")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  @TestSecurity(user = "someone", roles = "viewer")
  void parkedEventsAreForCoordinatorsOnly() {
    given().when().get("/internal/parked-events").then().statusCode(403);
    given().when().post("/internal/parked-events/replay").then().statusCode(403);
  }

  private ParkedEvent awaitParked(String aggregateId) {
    Eventually.await(
        ARRIVAL, aggregateId + " was never parked", () -> !parkedOf(aggregateId).isEmpty());
    return parkedOf(aggregateId).get(0);
  }

  private List<ParkedEvent> parkedOf(String aggregateId) {
    return parked.list(PageRequest.of("0", "100", null, Map.of())).items().stream()
        .filter(row -> row.aggregateId().equals(aggregateId))
        .toList();
  }

  private int waitingRows() {
    return tables.count(
        "SELECT count(*) FROM outbox WHERE topic = ? AND sent_at IS NULL AND parked_at IS NULL",
        TOPIC);
  }

  private void append(
      List<String> ids, int version, java.util.function.Function<String, String> name) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                ids.forEach(
                    id ->
                        outbox.append(
                            TOPIC,
                            new DomainEvent(
                                ThingService.CHANGED,
                                id,
                                version,
                                new ThingChanged(id, name.apply(id), version)))));
  }

  private static void setLimit(Admin admin, int bytes) throws Exception {
    ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
    AlterConfigOp set =
        new AlterConfigOp(
            new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(bytes)),
            AlterConfigOp.OpType.SET);
    admin.incrementalAlterConfigs(Map.of(topic, List.of(set))).all().get(60, TimeUnit.SECONDS);
    // The controller has it; wait until the broker applies it too, before anything is sent.
    Eventually.await(
        ARRIVAL,
        "the broker never applied max.message.bytes=" + bytes,
        () -> Integer.toString(bytes).equals(limitOf(admin, topic)));
  }

  private static String limitOf(Admin admin, ConfigResource topic) {
    try {
      return admin
          .describeConfigs(List.of(topic))
          .all()
          .get(60, TimeUnit.SECONDS)
          .get(topic)
          .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG)
          .value();
    } catch (Exception e) {
      throw new IllegalStateException("Could not read the limit of " + topic, e);
    }
  }

  private static Predicate<ReceivedEvent> about(List<String> ids) {
    return event -> ids.contains(event.subject());
  }

  private static List<String> newIds(int count) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    return IntStream.range(0, count).mapToObj(i -> "parking-" + run + "-" + i).toList();
  }
}
