package org.sdghub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.embedded.ServerSettings;

/**
 * The {@code www} command: the who-what-where read model as coordinators and dashboards meet it.
 * partners-service, projects-service and the gateway run as in production (their built jars, own
 * JVMs, rate limiting on); organisations are registered through the API. Then: the time from a
 * project write's {@code 201} at projects-service to its appearance in {@code GET
 * /api/v1/who-what-where} at a steady rate; and the grouped query over a read model of a million
 * rows through the API beside the same aggregate run directly in PostgreSQL.
 */
final class WhoWhatWhereBench {

  private static final String PARTNERS_DB = "sdghub_bench_www_partners";
  private static final String PROJECTS_DB = "sdghub_bench_www_projects";
  static final String GATEWAY_DB = "sdghub_bench_www_gateway";
  private static final Duration ARRIVAL = Duration.ofSeconds(90);

  /**
   * What to measure.
   *
   * @param rate project writes per second of the latency run
   * @param latencyDuration how long the measured latency run lasts
   * @param warmup the warm-up of each measured side
   * @param rows read-model rows of the grouped query
   * @param duration one measured run of each side of the query comparison
   * @param runs measured runs of each side, interleaved
   * @param repoRoot the checkout whose built services are measured
   */
  record Plan(
      int rate,
      Duration latencyDuration,
      Duration warmup,
      int rows,
      Duration duration,
      int runs,
      Path repoRoot) {}

  private final Cleanup cleanup;
  private final Path workDir;
  private final PrintStream out;
  private final PrintStream progress;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  WhoWhatWhereBench(Cleanup cleanup, Path workDir, PrintStream out, PrintStream progress) {
    this.cleanup = cleanup;
    this.workDir = workDir;
    this.out = out;
    this.progress = progress;
  }

  void run(Plan plan) throws IOException, InterruptedException, SQLException {
    progress.println("starting PostgreSQL and Kafka");
    EmbeddedServers servers = EmbeddedServers.start(ServerSettings.fromEnvironment());
    try (Cleanup.Guard serversGuard = cleanup.guard(servers)) {
      for (String database : List.of(PARTNERS_DB, PROJECTS_DB, GATEWAY_DB)) {
        servers.postgres().createDatabaseIfMissing(database);
      }
      BenchTokens tokens = BenchTokens.create(workDir);
      String publicKey = tokens.publicKeyPem().toString();
      Path logs = workDir.resolve("logs");
      String kafka = servers.kafka().bootstrapServers();
      Map<String, String> trust = Map.of("SDGHUB_JWT_PUBLIC_KEY_LOCATION", publicKey);
      List<Cleanup.Guard> guards = new ArrayList<>();
      try {
        progress.println("starting partners-service, projects-service and the gateway");
        ServiceUnderTest partners =
            ServiceUnderTest.start(
                plan.repoRoot(),
                "partners-service",
                logs,
                servers.postgres(),
                PARTNERS_DB,
                kafka,
                trust);
        guards.add(cleanup.guard(partners));
        ServiceUnderTest projects =
            ServiceUnderTest.start(
                plan.repoRoot(),
                "projects-service",
                logs,
                servers.postgres(),
                PROJECTS_DB,
                kafka,
                trust);
        guards.add(cleanup.guard(projects));
        String bootstrapKey = newApiKey();
        ServiceUnderTest gateway =
            ServiceUnderTest.start(
                plan.repoRoot(),
                "gateway",
                logs,
                servers.postgres(),
                GATEWAY_DB,
                kafka,
                Map.of(
                    "SDGHUB_JWT_PUBLIC_KEY_LOCATION",
                    publicKey,
                    "SDGHUB_JWT_PRIVATE_KEY_LOCATION",
                    tokens.writePrivateKeyPem(workDir).toString(),
                    "SDGHUB_PARTNERS_URL",
                    partners.baseUrl().toString(),
                    "SDGHUB_PROJECTS_URL",
                    projects.baseUrl().toString(),
                    // No funding-service in this bench: nobody listens there.
                    "SDGHUB_FUNDING_URL",
                    "http://127.0.0.1:" + freePort(),
                    "SDGHUB_BOOTSTRAP_API_KEY",
                    bootstrapKey));
        guards.add(cleanup.guard(gateway));
        String coordinator =
            tokens.bearer(UUID.randomUUID(), List.of("coordinator"), Duration.ofHours(3));
        WhoWhatWhereWrites writes =
            WhoWhatWhereWrites.register(http, partners, coordinator, plan.repoRoot());
        writes.awaitKnownBy(projects.baseUrl(), ARRIVAL);
        String dashboardKey = dashboardKey(gateway.baseUrl(), bootstrapKey, writes.viewer());
        out.printf(
            "%nThe gateway runs with its production configuration: rate limiting on (the"
                + " dashboard's key is issued with %d requests/minute, as a coordinator would"
                + " issue it to an internal tool).%n",
            DASHBOARD_REQUESTS_PER_MINUTE);
        new WhoWhatWhereLatency(http, writes, out, progress)
            .measure(projects.baseUrl(), gateway.baseUrl(), "Bearer " + dashboardKey, plan);
        new WhoWhatWhereQuery(http, out, progress)
            .compare(
                servers.postgres(),
                gateway.baseUrl(),
                gateway.managementUrl(),
                "Bearer " + dashboardKey,
                writes,
                plan);
      } finally {
        for (int i = guards.size() - 1; i >= 0; i--) {
          guards.get(i).close();
        }
      }
    }
  }

  static final int DASHBOARD_REQUESTS_PER_MINUTE = 100_000;

  /** A viewer key for the dashboard, issued by the coordinator's bootstrap key. */
  private static String dashboardKey(URI gateway, String bootstrapKey, String organisation)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(ARRIVAL);
    while (true) {
      try {
        return GatewayKeys.issue(
            gateway,
            bootstrapKey,
            UUID.fromString(organisation),
            "viewer",
            "3W dashboard (bench)",
            DASHBOARD_REQUESTS_PER_MINUTE);
      } catch (IOException notYet) {
        if (Instant.now().isAfter(deadline)) {
          throw notYet;
        }
        Thread.sleep(250);
      }
    }
  }

  private static String newApiKey() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return "sdghub_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
