package org.sdghub.platform.testing.events;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.embedded.PostgresServer;
import org.sdghub.embedded.ServerSettings;
import org.sdghub.platform.testing.Eventually;
import org.sdghub.platform.testing.Management;
import org.sdghub.platform.testing.events.things.ThingService;

/**
 * The service starts while its broker is down: it serves, is ready (saying the broker is away), and
 * its writes wait in the outbox; once the broker comes up, the relay creates its topic and
 * publishes, and the consumer applies what was written meanwhile.
 */
@QuarkusTest
@TestProfile(BrokerDownAtStartTest.BrokerNotStartedYet.class)
class BrokerDownAtStartTest {

  static final String TOPIC = "sdghub.platform-test.late.v1";
  private static final String PORT_PROPERTY = "sdghub.test.late-broker-port";
  // Generous: a loaded 2-core machine starts a broker and forms a consumer group slowly.
  private static final Duration CATCH_UP = Duration.ofSeconds(120);

  @Inject ThingService things;
  @Inject EventTables tables;

  @TempDir Path brokerDir;

  @Test
  void theServiceStartsServesAndCatchesUpOnceTheBrokerComesUp() throws Exception {
    Management.given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", is("UP"))
        .body("checks.find { it.name == 'sdghub-events' }.status", is("UP"))
        .body("checks.find { it.name == 'sdghub-events' }.data.broker", startsWith("unreachable"))
        .body("checks.find { it.name == 'sdghub-events' }.data.degraded", is(true));
    String thing = "late-" + UUID.randomUUID();
    things.rename(thing, "written while the broker is down");
    assertEquals(1, tables.unsent(TOPIC), "the event waits in the outbox");

    try (EmbeddedServers broker = EmbeddedServers.start(dedicatedBroker(brokerDir, port()))) {
      Eventually.await(
          CATCH_UP,
          "the consumer never applied the event written while the broker was down",
          () -> tables.mirror(thing).isPresent());

      assertEquals(0, tables.unsent(TOPIC), "the relay published it");
      Eventually.awaitAsserted(
          CATCH_UP,
          () ->
              Management.given()
                  .when()
                  .get("/q/health/ready")
                  .then()
                  .statusCode(200)
                  .body("checks.find { it.name == 'sdghub-events' }.data.broker", is("reachable")));
    }
  }

  /** The test application on the shared database and a broker that is not started yet. */
  public static final class BrokerNotStartedYet implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      String group = "platform-test-late-" + UUID.randomUUID();
      return Map.of(
          "sdghub.events.topic", TOPIC,
          "sdghub.events.consumer.topics", TOPIC,
          "sdghub.events.consumer.group-id", group,
          "sdghub.events.relay.startup-timeout", "1s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(NoBrokerYet.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }
  }

  /** The shared PostgreSQL server, and a broker address where nothing listens yet. */
  public static final class NoBrokerYet implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
      PostgresServer postgres = EmbeddedServers.shared().postgres();
      try {
        postgres.createDatabaseIfMissing("platform");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return Map.of(
          "quarkus.datasource.jdbc.url", postgres.jdbcUrl("platform"),
          "quarkus.datasource.username", postgres.username(),
          "quarkus.datasource.password", postgres.password(),
          "kafka.bootstrap.servers", "127.0.0.1:" + port());
    }

    @Override
    public void stop() {}
  }

  /** One free port for the whole JVM: the resource and the test see it from their loaders. */
  static synchronized int port() {
    String port = System.getProperty(PORT_PROPERTY);
    if (port == null) {
      try (ServerSocket socket = new ServerSocket(0)) {
        port = Integer.toString(socket.getLocalPort());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      System.setProperty(PORT_PROPERTY, port);
    }
    return Integer.parseInt(port);
  }

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
}
