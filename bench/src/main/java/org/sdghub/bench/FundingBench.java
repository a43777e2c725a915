package org.sdghub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.embedded.ServerSettings;

/**
 * The {@code funding} command: funding-service as donor systems use it, beside baselines from the
 * same run: transactions recorded through the API beside pgbench's single insert; webhook
 * deliveries to a local receiver beside wrk sending the receiver the very same signed requests; and
 * the time from a transaction's {@code 201} to its webhook's arrival at a steady rate.
 * partners-service and projects-service run too: funding-service learns organisations and projects
 * from their events, as in production.
 */
final class FundingBench {

  private static final String[] DATABASES = {
    "sdghub_bench_funding_partners", "sdghub_bench_funding_projects", "sdghub_bench_funding"
  };

  /**
   * What to measure.
   *
   * @param projects how many projects the donors fund
   * @param clients concurrent clients of both write sides (API POSTs and pgbench)
   * @param duration one measured run of each write side
   * @param warmup the warm-up run of each side
   * @param runs measured runs of each side, interleaved
   * @param rate transactions per second of the latency run
   * @param latencyDuration how long the latency run lasts
   * @param repoRoot the checkout whose built services are measured
   */
  record Plan(
      int projects,
      int clients,
      Duration duration,
      Duration warmup,
      int runs,
      int rate,
      Duration latencyDuration,
      Path repoRoot) {}

  private final PgBench pgBench;
  private final Wrk wrk;
  private final Cleanup cleanup;
  private final Path workDir;
  private final PrintStream out;
  private final PrintStream progress;

  FundingBench(
      PgBench pgBench,
      Wrk wrk,
      Cleanup cleanup,
      Path workDir,
      PrintStream out,
      PrintStream progress) {
    this.pgBench = pgBench;
    this.wrk = wrk;
    this.cleanup = cleanup;
    this.workDir = workDir;
    this.out = out;
    this.progress = progress;
  }

  void run(Plan plan) throws IOException, InterruptedException, SQLException {
    progress.println("starting PostgreSQL and Kafka");
    EmbeddedServers servers = EmbeddedServers.start(ServerSettings.fromEnvironment());
    try (Cleanup.Guard serversGuard = cleanup.guard(servers);
        WebhookReceiver receiver = WebhookReceiver.start()) {
      for (String database : DATABASES) {
        servers.postgres().createDatabaseIfMissing(database);
      }
      BenchTokens tokens = BenchTokens.create(workDir);
      Map<String, String> env =
          Map.of(
              "SDGHUB_JWT_PUBLIC_KEY_LOCATION", tokens.publicKeyPem().toString(),
              // The receiver is on loopback over plain HTTP: the one switch the local stack uses
              // too.
              "SDGHUB_WEBHOOKS_ALLOW_INSECURE_LOOPBACK", "true",
              "SDGHUB_WEBHOOKS_SECRET_KEY", FundingSecrets.newSealingKey());
      List<ServiceUnderTest> services = new ArrayList<>();
      List<Cleanup.Guard> guards = new ArrayList<>();
      try {
        String[] modules = {"partners-service", "projects-service", "funding-service"};
        for (int i = 0; i < modules.length; i++) {
          progress.println("starting " + modules[i]);
          ServiceUnderTest service =
              ServiceUnderTest.start(
                  plan.repoRoot(),
                  modules[i],
                  workDir.resolve("logs"),
                  servers.postgres(),
                  DATABASES[i],
                  servers.kafka().bootstrapServers(),
                  env);
          services.add(service);
          guards.add(cleanup.guard(service));
        }
        measure(plan, servers, services, tokens, receiver);
      } finally {
        for (Cleanup.Guard guard : guards) {
          guard.close();
        }
      }
    }
  }

  private void measure(
      Plan plan,
      EmbeddedServers servers,
      List<ServiceUnderTest> services,
      BenchTokens tokens,
      WebhookReceiver receiver)
      throws IOException, InterruptedException, SQLException {
    URI funding = services.get(2).baseUrl();
    FundingSeed seed = new FundingSeed(tokens, progress);
    seed.seed(
        services.get(0).baseUrl(),
        services.get(1).baseUrl(),
        funding,
        plan.projects(),
        plan.repoRoot().resolve("funding-service/src/main/resources/demo/exchange-rates.csv"));
    List<String> subscriptions = seed.subscribe(funding, receiver);
    URI transactions = funding.resolve("/api/v1/funding/transactions");
    Instant before = Instant.now();
    new FundingWrites(pgBench, seed, out, progress).compare(servers.postgres(), transactions, plan);
    new WebhookDrain(wrk, seed, receiver, workDir, out, progress)
        .compare(funding, subscriptions, before, plan);
    new WebhookLatency(seed, receiver, out, progress).measure(transactions, plan);
  }

  /** The seeding's and measurement's own helpers share one check of a 201. */
  static String idOf(HttpResponse<String> created) {
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          created.request().uri() + ": " + created.statusCode() + " " + created.body());
    }
    String location = created.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  /** A fresh sealing key for the signing secrets of one bench run. */
  static final class FundingSecrets {
    private FundingSecrets() {}

    static String newSealingKey() {
      byte[] key = new byte[32];
      new java.security.SecureRandom().nextBytes(key);
      return java.util.Base64.getEncoder().encodeToString(key);
    }
  }

  static Path writeTemp(Path dir, String name, String content) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(name + "-" + UUID.randomUUID() + ".tmp");
    Files.writeString(file, content);
    return file;
  }
}
