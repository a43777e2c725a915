package org.sdghub.platform.testing.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.embedded.PostgresServer;
import org.sdghub.embedded.ServerSettings;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.internal.outbox.OutboxRelay;
import org.sdghub.platform.internal.outbox.OutboxWriter;
import org.sdghub.platform.internal.outbox.RelaySettings;
import org.sdghub.platform.testing.Eventually;
import org.sdghub.platform.testing.TopicProbe;
import org.sdghub.platform.testing.events.things.ThingChanged;
import org.sdghub.platform.testing.events.things.ThingService;

/**
 * A broker of its own, killed and started again on the same address and data, with a relay of its
 * own publishing to it: the application's shared broker stays up for the other tests.
 */
@QuarkusTest
class BrokerOutageTest {

  private static final String TOPIC = "sdghub.platform-test.outage.v1";
  // Generous: a loaded 2-core machine restarts a broker slowly; the wait ends as soon as all
  // arrive.
  private static final Duration ARRIVAL = Duration.ofSeconds(120);

  @Inject OutboxWriter outbox;
  @Inject AgroalDataSource dataSource;
  @Inject EventTables tables;

  @TempDir Path brokerDir;

  @Test
  void eventsCommittedWhileTheBrokerIsDownArriveInOrderOnceItIsBack() throws Exception {
    ServerSettings settings = dedicatedBroker(brokerDir, freePort());
    EmbeddedServers broker = EmbeddedServers.start(settings);
    String bootstrap = broker.kafka().bootstrapServers();
    OutboxRelay relay =
        new OutboxRelay(dataSource, Map.of("bootstrap.servers", bootstrap), relay());
    relay.start();
    List<String> ids = newIds(5);
    try {
      append(ids, 1, 10);
      Eventually.await(
          ARRIVAL, "the first events were never sent", () -> tables.unsent(TOPIC) == 0);

      kill(broker);
      append(ids, 11, 30);
      assertEquals(100, tables.unsent(TOPIC), "events wait in the outbox while the broker is down");
      broker = EmbeddedServers.start(settings);
      assertEquals(bootstrap, broker.kafka().bootstrapServers(), "the broker is back where it was");

      try (TopicProbe probe = TopicProbe.fromBeginning(bootstrap, TOPIC)) {
        // Sends cut short by the crash may be repeated: the consumer's inbox absorbs those.
        List<ReceivedEvent> events = probe.awaitDistinctEvents(event -> true, 150, ARRIVAL);
        EventOrder.assertInOrderPerAggregate(events);
      }
    } finally {
      relay.stop();
      broker.close();
    }
  }

  private void append(List<String> ids, int fromVersion, int toVersion) {
    for (int version = fromVersion; version <= toVersion; version++) {
      int v = version;
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  ids.forEach(
                      id ->
                          outbox.append(
                              TOPIC,
                              new DomainEvent(
                                  ThingService.CHANGED, id, v, new ThingChanged(id, "v" + v, v)))));
    }
  }

  /** Kills the broker's process outright, as a crash would, and releases its directory. */
  private void kill(EmbeddedServers broker) throws Exception {
    long pid = Long.parseLong(Files.readString(brokerDir.resolve("kafka.pid")).trim());
    ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
    process.destroyForcibly();
    process.onExit().get(30, TimeUnit.SECONDS);
    broker.close();
  }

  private static RelaySettings relay() {
    return new RelaySettings(
        TOPIC,
        3,
        (short) 1,
        1,
        50,
        3,
        Duration.ofMillis(200),
        Duration.ofSeconds(3),
        Duration.ofMillis(100),
        Duration.ofSeconds(1),
        Duration.ofSeconds(30));
  }

  /** A broker only, with kept data and a fixed port, using the shared PostgreSQL server. */
  private static ServerSettings dedicatedBroker(Path dir, int port) {
    PostgresServer postgres = EmbeddedServers.shared().postgres();
    return new ServerSettings(
        Optional.of(dir),
        0,
        port,
        Optional.of(postgres.jdbcUrl("postgres")),
        postgres.username(),
        postgres.password(),
        Optional.empty());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static List<String> newIds(int count) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    return IntStream.range(0, count).mapToObj(i -> "outage-" + run + "-" + i).toList();
  }
}
