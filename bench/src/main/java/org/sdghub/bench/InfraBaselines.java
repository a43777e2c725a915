package org.sdghub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.embedded.KafkaBroker;
import org.sdghub.embedded.PostgresServer;
import org.sdghub.embedded.ServerSettings;

/**
 * The {@code infra} command: what PostgreSQL and Kafka themselves achieve on this machine, measured
 * with their own tools on the servers that {@link EmbeddedServers} starts (or the external ones the
 * environment names), so a service's database and broker figures can be given as ratios to them.
 */
final class InfraBaselines {

  private final PgBench pgBench;
  private final ProducerPerf producer;
  private final Cleanup cleanup;
  private final PrintStream out;
  private final PrintStream progress;

  InfraBaselines(
      PgBench pgBench,
      ProducerPerf producer,
      Cleanup cleanup,
      PrintStream out,
      PrintStream progress) {
    this.pgBench = pgBench;
    this.producer = producer;
    this.cleanup = cleanup;
    this.out = out;
    this.progress = progress;
  }

  /**
   * What to measure.
   *
   * @param pg how pgbench loads PostgreSQL in each run
   * @param pgWarmup length of one unreported pgbench run before the measured ones
   * @param kafka what ProducerPerformance sends in each run
   * @param partitions partitions of the topic it sends to
   * @param runs measured runs of each tool
   */
  record Plan(
      PgBench.Settings pg,
      Duration pgWarmup,
      ProducerPerf.Settings kafka,
      int partitions,
      int runs) {}

  /** The measured runs of both tools. */
  record Result(List<PgBenchResult> postgres, List<ProducerPerfResult> kafka) {

    double tpsMedian() {
      return Stats.median(postgres.stream().map(PgBenchResult::tps).toList());
    }

    double recordsPerSecondMedian() {
      return Stats.median(kafka.stream().map(ProducerPerfResult::recordsPerSecond).toList());
    }

    double megabytesPerSecondMedian() {
      return Stats.median(kafka.stream().map(ProducerPerfResult::megabytesPerSecond).toList());
    }
  }

  /** Starts the servers, runs both tools, prints their tables, and stops the servers. */
  Result run(Plan plan) throws IOException, InterruptedException, SQLException {
    progress.println(
        "starting PostgreSQL and Kafka (external ones if "
            + ServerSettings.POSTGRES_URL
            + " / "
            + ServerSettings.KAFKA_BOOTSTRAP
            + " are set)");
    EmbeddedServers servers = EmbeddedServers.start(ServerSettings.fromEnvironment());
    try (Cleanup.Guard guard = cleanup.guard(servers)) {
      List<PgBenchResult> pg = postgres(servers.postgres(), plan);
      List<ProducerPerfResult> kafka = kafka(servers.kafka(), plan);
      progress.println("stopping PostgreSQL and Kafka");
      return new Result(pg, kafka);
    }
  }

  private List<PgBenchResult> postgres(PostgresServer server, Plan plan)
      throws IOException, InterruptedException, SQLException {
    String durability = pgBench.prepare(server);
    progress.printf("warm-up   pgbench for %ss%n", plan.pgWarmup().toSeconds());
    pgBench.run("pgbench-warmup", server, withDuration(plan.pg(), plan.pgWarmup()));
    List<PgBenchResult> runs = new ArrayList<>();
    for (int run = 1; run <= plan.runs(); run++) {
      progress.printf("run %d/%d   pgbench%n", run, plan.runs());
      runs.add(pgBench.run("pgbench-" + run, server, plan.pg()));
    }
    out.printf(
        "%nPostgreSQL single-row insert (%s; %s%s)%n",
        PgBench.describe(plan.pg()),
        durability,
        server.isEmbedded() ? ", embedded server with throw-away data" : "");
    Table table = new Table("run", "tps", "transactions", "failed", "latency avg ms");
    for (int i = 0; i < runs.size(); i++) {
      PgBenchResult r = runs.get(i);
      table.row(
          i + 1, Fmt.whole(r.tps()), r.transactions(), r.failed(), Fmt.millis(r.latencyAvgMs()));
    }
    out.print(table.render());
    out.println("postgres  median " + Fmt.whole(new Result(runs, List.of()).tpsMedian()) + " tps");
    return runs;
  }

  private List<ProducerPerfResult> kafka(KafkaBroker broker, Plan plan)
      throws IOException, InterruptedException {
    String topic = plan.kafka().topic();
    broker.createTopics(List.of(topic), plan.partitions());
    List<ProducerPerfResult> runs = new ArrayList<>();
    try {
      // A fresh broker is still compiling its hot paths; its first run would drag the median.
      progress.println("warm-up   kafka ProducerPerformance");
      producer.run("producer-perf-warmup", broker.bootstrapServers(), plan.kafka());
      for (int run = 1; run <= plan.runs(); run++) {
        progress.printf("run %d/%d   kafka ProducerPerformance%n", run, plan.runs());
        runs.add(producer.run("producer-perf-" + run, broker.bootstrapServers(), plan.kafka()));
      }
    } finally {
      deleteTopic(broker, topic);
    }
    out.printf(
        "%nKafka producer (%s; topic of %d partitions)%n",
        ProducerPerf.describe(plan.kafka()), plan.partitions());
    Table table = new Table("run", "records/s", "MB/s", "latency avg ms", "p99 ms");
    for (int i = 0; i < runs.size(); i++) {
      ProducerPerfResult r = runs.get(i);
      table.row(
          i + 1,
          Fmt.whole(r.recordsPerSecond()),
          Fmt.oneDecimal(r.megabytesPerSecond()),
          Fmt.millis(r.avgLatencyMs()),
          Fmt.millis(r.p99Ms()));
    }
    out.print(table.render());
    Result result = new Result(List.of(), runs);
    out.printf(
        "kafka  median %s records/s  %s MB/s%n",
        Fmt.whole(result.recordsPerSecondMedian()),
        Fmt.oneDecimal(result.megabytesPerSecondMedian()));
    return runs;
  }

  // The topic is the bench's own; removing it keeps an external cluster as it was.
  private void deleteTopic(KafkaBroker broker, String topic) {
    try (Admin admin = broker.admin()) {
      admin.deleteTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      progress.println("could not delete topic " + topic + ": " + e.getMessage());
    }
  }

  private static PgBench.Settings withDuration(PgBench.Settings settings, Duration duration) {
    return new PgBench.Settings(settings.clients(), settings.jobs(), duration);
  }
}
