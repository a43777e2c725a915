package org.sdghub.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * One PostgreSQL server and one Kafka broker, started together (or external ones named in {@link
 * ServerSettings}) and stopped together. Tests share one pair per JVM through {@link #shared()};
 * the local stack starts its own with {@link #start(ServerSettings)}.
 */
public final class EmbeddedServers implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(EmbeddedServers.class);
  // JVM-wide, unlike static fields, which each class loader has its own copy of.
  private static final String SHARED_SERVERS = "sdghub.embedded.shared-servers";
  private static final String SHARED_STARTS = "sdghub.embedded.shared-starts";
  private static EmbeddedServers shared;

  private final RunDirectory owned;
  private final Path directory;
  private final PostgresServer postgres;
  private final KafkaBroker kafka;

  private EmbeddedServers(
      RunDirectory owned, Path directory, PostgresServer postgres, KafkaBroker kafka) {
    this.owned = owned;
    this.directory = directory;
    this.postgres = postgres;
    this.kafka = kafka;
  }

  /**
   * The pair this JVM shares, started on first use from {@link ServerSettings#fromEnvironment()}
   * and stopped when the JVM exits. Code loaded by another class loader of the same JVM (as Quarkus
   * does for each test application) attaches to the same servers instead of starting more.
   */
  public static synchronized EmbeddedServers shared() {
    if (shared == null) {
      String running = System.getProperty(SHARED_SERVERS);
      shared = running != null ? attach(running) : startShared();
    }
    return shared;
  }

  /** How many times {@link #shared()} started servers in this JVM: at most once. */
  public static int sharedStartCount() {
    return Integer.getInteger(SHARED_STARTS, 0);
  }

  private static EmbeddedServers startShared() {
    EmbeddedServers servers;
    try {
      servers = start(ServerSettings.fromEnvironment());
    } catch (IOException e) {
      throw new IllegalStateException("Could not start PostgreSQL and Kafka", e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(servers::close, "embedded-servers-stop"));
    PostgresServer pg = servers.postgres;
    System.setProperty(
        SHARED_SERVERS,
        String.join(
            "\n",
            pg.jdbcUrl("postgres"),
            pg.username(),
            pg.password(),
            servers.kafka.bootstrapServers(),
            servers.directory().toString()));
    System.setProperty(SHARED_STARTS, Integer.toString(sharedStartCount() + 1));
    return servers;
  }

  private static EmbeddedServers attach(String running) {
    String[] parts = running.split("\n", -1);
    return new EmbeddedServers(
        null,
        Path.of(parts[4]),
        PostgresServer.external(parts[0], parts[1], parts[2]),
        KafkaBroker.external(parts[3]));
  }

  /**
   * Stops what a run that has ended (killed, say) left running with the directory these settings
   * use — its services, broker and PostgreSQL — and removes its temporary data; a launcher calls it
   * before it checks that its ports are free. {@link #start} does the same on its own.
   *
   * @throws IllegalStateException if a live run uses the kept data directory of the settings
   */
  public static void stopDeadRuns(ServerSettings settings) throws IOException {
    if (settings.dataDir().isPresent()) {
      RunDirectory.persistent(settings.dataDir().get()).close();
    } else {
      RunDirectory.removeDeadTemporaryRuns();
    }
  }

  /**
   * Starts PostgreSQL and Kafka as the settings say; whatever is started here is stopped by {@link
   * #close()}, and a failure half-way stops what had started.
   */
  public static EmbeddedServers start(ServerSettings settings) throws IOException {
    RunDirectory directory =
        settings.dataDir().isPresent()
            ? RunDirectory.persistent(settings.dataDir().get())
            : RunDirectory.temporary();
    boolean ephemeral = directory.isTemporary();
    Path dir = directory.path();
    Files.createDirectories(dir.resolve("logs"));
    PostgresServer postgres = null;
    try {
      postgres =
          settings.postgresUrl().isPresent()
              ? PostgresServer.external(
                  settings.postgresUrl().get(),
                  settings.postgresUser(),
                  settings.postgresPassword())
              : PostgresServer.start(
                  dir.resolve("postgres"),
                  settings.postgresPort(),
                  ephemeral,
                  dir.resolve("logs/postgres.log"));
      KafkaBroker kafka =
          settings.kafkaBootstrap().isPresent()
              ? KafkaBroker.external(settings.kafkaBootstrap().get())
              : KafkaBroker.start(
                  dir.resolve("kafka"),
                  settings.kafkaPort(),
                  ephemeral,
                  dir.resolve("logs/kafka.log"),
                  dir.resolve("kafka.pid"));
      return new EmbeddedServers(directory, dir, postgres, kafka);
    } catch (IOException | RuntimeException e) {
      if (postgres != null) {
        postgres.close();
      }
      directory.close();
      throw e;
    }
  }

  public PostgresServer postgres() {
    return postgres;
  }

  public KafkaBroker kafka() {
    return kafka;
  }

  /** Where the servers keep their data and logs. */
  public Path directory() {
    return directory;
  }

  /** Stops the servers this process started, then removes temporary data. */
  @Override
  public synchronized void close() {
    if (owned == null) {
      return;
    }
    kafka.close();
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warnf("Stopping PostgreSQL: %s", e.getMessage());
    }
    owned.close();
  }
}
