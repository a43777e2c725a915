package org.sdghub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.embedded.KafkaBroker;
import org.sdghub.embedded.PostgresServer;
import org.sdghub.embedded.ServerSettings;

/**
 * The {@code outbox} command: what the transactional outbox costs a write (a row and its outbox row
 * in one transaction, beside pgbench's single insert), and how fast the relay of a real service
 * drains a backlog into Kafka (beside Kafka's own producer tool on the same broker).
 */
final class OutboxBench {

  static final String RELAY_TOPIC = "sdghub.bench.relay.v1";
  private static final String PRODUCER_TOPIC = "sdghub.bench.producer.v1";
  private static final String RELAY_DATABASE = "sdghub_bench_relay";
  private static final String MIGRATION = "org/sdghub/bench/platform/V0_1__outbox.sql";
  private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(10);

  /** A row and its event, written together as a service does. */
  static final PgBench.Workload OUTBOX_WRITE =
      new PgBench.Workload(
          "outbox-write",
          """
          BEGIN;
          INSERT INTO bench_entity (payload) VALUES (CAST(:payload AS jsonb));
          INSERT INTO outbox (event_id, aggregate_id, type, topic, sequence, payload)
            VALUES (gen_random_uuid(), :client_id, 'org.sdghub.bench.recorded.v1',
                    'sdghub.bench.write.v1', 1, :payload);
          COMMIT;
          """,
          "outbox",
          List.of("bench_entity", "outbox"));

  /**
   * What to measure.
   *
   * @param pg how pgbench loads PostgreSQL in each write run
   * @param backlog events the relay drains in each run (and records the producer tool sends)
   * @param runs measured runs of each side
   * @param repoRoot the checkout whose built partners-service runs the relay
   */
  record Plan(PgBench.Settings pg, long backlog, int runs, Path repoRoot) {}

  private final PgBench pgBench;
  private final ProducerPerf producer;
  private final Cleanup cleanup;
  private final Path logDir;
  private final PrintStream out;
  private final PrintStream progress;

  OutboxBench(
      PgBench pgBench,
      ProducerPerf producer,
      Cleanup cleanup,
      Path logDir,
      PrintStream out,
      PrintStream progress) {
    this.pgBench = pgBench;
    this.producer = producer;
    this.cleanup = cleanup;
    this.logDir = logDir;
    this.out = out;
    this.progress = progress;
  }

  /** Starts the servers, measures both figures beside their baselines, and stops everything. */
  void run(Plan plan) throws IOException, InterruptedException, SQLException {
    progress.println("starting PostgreSQL and Kafka");
    EmbeddedServers servers = EmbeddedServers.start(ServerSettings.fromEnvironment());
    try (Cleanup.Guard guard = cleanup.guard(servers)) {
      writeCost(servers.postgres(), plan);
      relayDrain(servers, plan);
    }
  }

  private void writeCost(PostgresServer server, Plan plan)
      throws IOException, InterruptedException, SQLException {
    String durability = pgBench.prepare(server);
    createOutboxTables(server, PgBench.DATABASE);
    PgBench.Settings warmup =
        new PgBench.Settings(plan.pg().clients(), plan.pg().jobs(), Duration.ofSeconds(5));
    progress.println("warm-up   pgbench insert and outbox write");
    pgBench.run("pgbench-warmup", server, warmup);
    pgBench.run("outbox-write-warmup", server, warmup, OUTBOX_WRITE);
    List<Double> inserts = new ArrayList<>();
    List<Double> writes = new ArrayList<>();
    for (int run = 1; run <= plan.runs(); run++) {
      progress.printf("run %d/%d   pgbench insert, outbox write%n", run, plan.runs());
      inserts.add(pgBench.run("pgbench-" + run, server, plan.pg()).tps());
      writes.add(pgBench.run("outbox-write-" + run, server, plan.pg(), OUTBOX_WRITE).tps());
    }
    out.printf(
        "%nOutbox write: row + outbox row in one transaction, beside a single insert (%s; %s)%n",
        PgBench.describe(plan.pg()), durability);
    printSeries("tps", "single insert", inserts, "outbox write", writes);
  }

  private void relayDrain(EmbeddedServers servers, Plan plan)
      throws IOException, InterruptedException, SQLException {
    PostgresServer postgres = servers.postgres();
    KafkaBroker kafka = servers.kafka();
    postgres.createDatabaseIfMissing(RELAY_DATABASE);
    kafka.createTopics(List.of(RELAY_TOPIC, PRODUCER_TOPIC), 3);
    progress.println("starting partners-service with its outbox relay");
    ServiceUnderTest service =
        ServiceUnderTest.start(
            plan.repoRoot(),
            "partners-service",
            logDir,
            postgres,
            RELAY_DATABASE,
            kafka.bootstrapServers(),
            Map.of("SDGHUB_EVENTS_TOPIC", RELAY_TOPIC));
    try (Cleanup.Guard guard = cleanup.guard(service)) {
      String event = SampleEvent.json();
      int size = event.getBytes(StandardCharsets.UTF_8).length;
      long warmupEvents = Math.max(1, plan.backlog() / 5);
      ProducerPerf.Settings tool =
          new ProducerPerf.Settings(PRODUCER_TOPIC, plan.backlog(), size, 0);
      progress.println("warm-up   relay drain and kafka ProducerPerformance");
      drain(postgres, kafka, event, warmupEvents);
      producer.run("producer-perf-warmup", kafka.bootstrapServers(), tool);
      List<Double> relay = new ArrayList<>();
      List<Double> direct = new ArrayList<>();
      for (int run = 1; run <= plan.runs(); run++) {
        progress.printf("run %d/%d   relay drain, kafka ProducerPerformance%n", run, plan.runs());
        relay.add(drain(postgres, kafka, event, plan.backlog()));
        direct.add(
            producer
                .run("producer-perf-" + run, kafka.bootstrapServers(), tool)
                .recordsPerSecond());
      }
      out.printf(
          "%nRelay drain of a backlog of %d events of %d B, beside %s%n",
          plan.backlog(), size, ProducerPerf.describe(tool));
      printSeries("events/s", "kafka producer", direct, "outbox relay", relay);
    }
  }

  /** Commits {@code count} events at once and times the relay until all are sent. */
  private double drain(PostgresServer postgres, KafkaBroker kafka, String event, long count)
      throws SQLException, IOException {
    long offsetsBefore = endOffsets(kafka);
    try (Connection c = postgres.connect(RELAY_DATABASE)) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO outbox (event_id, aggregate_id, type, topic, sequence, payload)"
                  + " SELECT gen_random_uuid(), 'aggregate-' || (i % 1000),"
                  + " 'org.sdghub.bench.recorded.v1', ?, i / 1000 + 1, ?"
                  + " FROM generate_series(1, ?) AS i")) {
        insert.setString(1, RELAY_TOPIC);
        insert.setString(2, event);
        insert.setLong(3, count);
        insert.executeUpdate();
      }
      long started = System.nanoTime();
      awaitAllSent(c, count);
      double seconds = (System.nanoTime() - started) / 1e9;
      long published = endOffsets(kafka) - offsetsBefore;
      if (published < count) {
        throw new IllegalStateException(
            "the relay marked " + count + " events sent but " + published + " reached Kafka");
      }
      try (Statement s = c.createStatement()) {
        s.execute("DELETE FROM outbox");
      }
      return count / seconds;
    }
  }

  private void awaitAllSent(Connection c, long count) throws SQLException, IOException {
    long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
    try (PreparedStatement unsent =
        c.prepareStatement("SELECT count(*) FROM outbox WHERE sent_at IS NULL")) {
      while (System.nanoTime() < deadline) {
        try (ResultSet rs = unsent.executeQuery()) {
          rs.next();
          if (rs.getLong(1) == 0) {
            return;
          }
        }
        pause(20);
      }
    }
    throw new IOException("the relay did not send " + count + " events in " + DRAIN_TIMEOUT);
  }

  private static long endOffsets(KafkaBroker kafka) throws IOException {
    try (Admin admin = kafka.admin()) {
      int partitions =
          admin
              .describeTopics(List.of(RELAY_TOPIC))
              .allTopicNames()
              .get(30, TimeUnit.SECONDS)
              .get(RELAY_TOPIC)
              .partitions()
              .size();
      Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
      for (int p = 0; p < partitions; p++) {
        latest.put(new TopicPartition(RELAY_TOPIC, p), OffsetSpec.latest());
      }
      return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
          .mapToLong(info -> info.offset())
          .sum();
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("Could not read the end offsets of " + RELAY_TOPIC, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted", e);
    }
  }

  private void printSeries(
      String unit,
      String baselineName,
      List<Double> baseline,
      String targetName,
      List<Double> target) {
    Table table = new Table("run", baselineName + " " + unit, targetName + " " + unit);
    for (int i = 0; i < baseline.size(); i++) {
      table.row(i + 1, Fmt.whole(baseline.get(i)), Fmt.whole(target.get(i)));
    }
    out.print(table.render());
    double b = Stats.median(baseline);
    double t = Stats.median(target);
    out.printf(
        "%s  median %s %s  %s median %s %s  ratio %s%n",
        targetName,
        Fmt.whole(t),
        unit,
        baselineName,
        Fmt.whole(b),
        unit,
        String.format("%.2f", t / b));
  }

  /**
   * Creates the platform's outbox table (its own migration, unchanged) and a service-like table.
   */
  static void createOutboxTables(PostgresServer server, String database)
      throws SQLException, IOException {
    try (Connection c = server.connect(database);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT to_regclass('outbox') IS NOT NULL")) {
        rs.next();
        if (!rs.getBoolean(1)) {
          s.execute(migration());
        }
      }
      s.execute(
          "CREATE TABLE IF NOT EXISTS bench_entity (id bigserial PRIMARY KEY, payload jsonb NOT NULL,"
              + " version bigint NOT NULL DEFAULT 1, updated_at timestamptz NOT NULL DEFAULT now())");
    }
  }

  private static String migration() throws IOException {
    try (InputStream in = OutboxBench.class.getClassLoader().getResourceAsStream(MIGRATION)) {
      if (in == null) {
        throw new IOException(MIGRATION + " is missing from the bench's classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
