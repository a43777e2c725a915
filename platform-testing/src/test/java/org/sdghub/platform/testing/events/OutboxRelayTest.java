package org.sdghub.platform.testing.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.internal.events.EventTablesPurge;
import org.sdghub.platform.internal.events.EventsConfig;
import org.sdghub.platform.internal.outbox.OutboxRelay;
import org.sdghub.platform.internal.outbox.OutboxRelayLifecycle;
import org.sdghub.platform.internal.outbox.RelaySettings;
import org.sdghub.platform.testing.EventSender;
import org.sdghub.platform.testing.Eventually;
import org.sdghub.platform.testing.TopicProbe;
import org.sdghub.platform.testing.events.things.ThingService;

@QuarkusTest
class OutboxRelayTest {

  private static final String TOPIC = "sdghub.platform-test.v1";
  private static final Duration ARRIVAL = Duration.ofSeconds(60);

  @Inject ThingService things;
  @Inject OutboxRelayLifecycle relay;
  @Inject EventTables tables;
  @Inject EventTablesPurge purge;
  @Inject AgroalDataSource dataSource;
  @Inject EventsConfig config;
  @Inject ObjectMapper mapper;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @AfterEach
  void relayRunsAgain() {
    relay.start();
  }

  @Test
  void committedEventsAllArriveInOrderPerAggregate() {
    List<String> ids = newIds(10);
    try (TopicProbe probe = TopicProbe.atEnd(TOPIC)) {
      renameEach(ids, 20);

      List<ReceivedEvent> events = probe.awaitEvents(about(ids), 200, ARRIVAL);

      EventOrder.assertInOrderPerAggregate(events);
      probe.expectNoMore(about(ids), 200, Duration.ofMillis(300));
    }
  }

  @Test
  void aRelayStoppedMidBacklogAndRestartedPublishesEverythingOnceInOrder() {
    List<String> ids = newIds(20);
    try (TopicProbe probe = TopicProbe.atEnd(TOPIC)) {
      relay.stop();
      renameEach(ids, 30);
      relay.start();
      Eventually.await(
          ARRIVAL, "the relay never started on the backlog", () -> tables.unsent(TOPIC) < 600);
      // A clean stop lets the batch in flight finish; what is left waits for the restart.
      relay.stop();
      relay.start();

      List<ReceivedEvent> events = probe.awaitEvents(about(ids), 600, ARRIVAL);

      probe.expectNoMore(about(ids), 600, Duration.ofMillis(300));
      EventOrder.assertEachOnce(events, 600);
      EventOrder.assertInOrderPerAggregate(events);
    }
  }

  @Test
  void twoRelaysPublishEachEventOnce() {
    List<String> ids = newIds(20);
    RelaySettings settings = RelaySettings.of(TOPIC, config.relay());
    OutboxRelay second =
        new OutboxRelay(dataSource, Map.of("bootstrap.servers", bootstrapServers), settings);
    second.start();
    try (TopicProbe probe = TopicProbe.atEnd(TOPIC)) {
      renameEach(ids, 20);

      List<ReceivedEvent> events = probe.awaitEvents(about(ids), 400, ARRIVAL);

      probe.expectNoMore(about(ids), 400, Duration.ofMillis(500));
      EventOrder.assertEachOnce(events, 400);
      EventOrder.assertInOrderPerAggregate(events);
    } finally {
      second.stop();
    }
  }

  @Test
  void aRelayWhoseTopicCannotBeCreatedRefusesToStart() {
    RelaySettings settings = RelaySettings.of("not a valid topic name!", config.relay());
    OutboxRelay relay =
        new OutboxRelay(dataSource, Map.of("bootstrap.servers", bootstrapServers), settings);

    IllegalStateException failure = assertThrows(IllegalStateException.class, relay::start);

    assertTrue(failure.getMessage().contains("not a valid topic name!"), failure.getMessage());
    assertFalse(relay.isRunning());
  }

  @Test
  void aBatchSentAgainAfterACrashIsAppliedOnceByTheConsumer() {
    List<String> ids = newIds(4);
    relay.stop();
    renameEach(ids, 5);
    sendLikeARelayThatDiedBeforeMarking(tables.unsentRows(TOPIC, 10));

    relay.start();

    for (String id : ids) {
      Eventually.awaitAsserted(
          ARRIVAL,
          () -> {
            EventTables.Mirror mirror = tables.mirror(id).orElseThrow(AssertionError::new);
            assertEquals(4, mirror.version(), "the mirror of " + id + " reached the last version");
            assertEquals(5, mirror.appliedCount(), "each of the 5 events applied once");
          });
    }
  }

  @Test
  void thePublishedEventIsAStructuredCloudEvent() throws Exception {
    String id = newIds(1).get(0);
    things.rename(id, "Solar pumps");

    JsonNode event = mapper.readTree(tables.payloadOf(id).orElseThrow());

    assertEquals("1.0", event.path("specversion").asText());
    assertEquals("/sdghub/platform-test", event.path("source").asText());
    assertEquals(ThingService.CHANGED, event.path("type").asText());
    assertEquals(id, event.path("subject").asText());
    assertEquals("application/json", event.path("datacontenttype").asText());
    assertEquals("0000000000000000000", event.path("sequence").asText());
    assertEquals("Solar pumps", event.path("data").path("name").asText());
    UUID.fromString(event.path("id").asText());
    Instant.parse(event.path("time").asText());
  }

  @Test
  void sentRowsArePurgedAfterTheRetentionAndUnsentRowsNever() throws Exception {
    String sent = newIds(1).get(0);
    things.rename(sent, "sent");
    Eventually.await(ARRIVAL, "the row was never sent", () -> tables.unsent(TOPIC) == 0);
    relay.stop();
    String unsent = newIds(1).get(0);
    things.rename(unsent, "unsent");

    purge.purge(Instant.now().plus(config.relay().retention()).plusSeconds(60));

    assertEquals(0, tables.outboxRowsOf(sent), "a sent row past the retention is purged");
    assertEquals(1, tables.outboxRowsOf(unsent), "an unsent row is kept, however old");
  }

  private void renameEach(List<String> ids, int times) {
    IntStream.rangeClosed(1, times).forEach(round -> things.renameAll(ids, "round " + round));
  }

  private void sendLikeARelayThatDiedBeforeMarking(List<EventTables.OutboxRow> rows) {
    try (EventSender sender = EventSender.toApplicationBroker()) {
      rows.forEach(
          row ->
              sender.sendRaw(
                  TOPIC, row.aggregateId(), row.payload().getBytes(StandardCharsets.UTF_8)));
    }
  }

  private static Predicate<ReceivedEvent> about(List<String> ids) {
    return event -> ids.contains(event.subject());
  }

  private static List<String> newIds(int count) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    return IntStream.range(0, count).mapToObj(i -> "thing-" + run + "-" + i).toList();
  }
}
