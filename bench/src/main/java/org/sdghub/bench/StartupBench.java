package org.sdghub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.embedded.ServerSettings;

/**
 * The {@code startup} command: each service's time from process start to its first answered
 * request, and its memory, beside a trivial Quarkus application started in the same run. One JVM
 * runs at a time, in interleaved order, each with the production configuration of the local stack;
 * PostgreSQL and Kafka are started once for all.
 */
final class StartupBench {

  /**
   * What to measure.
   *
   * @param runs measured rounds, each starting every application once
   * @param requests the reads of the short load before memory is read again
   * @param repoRoot the checkout whose built applications are measured
   */
  record Plan(int runs, int requests, Path repoRoot) {}

  /**
   * How the bench calls the applications.
   *
   * @param token the internal token the services verify (a coordinator's)
   * @param bootstrapKey the gateway's configured coordinator key
   * @param bootstrapOrganisation that key's organisation
   */
  private record Credentials(String token, String bootstrapKey, UUID bootstrapOrganisation) {}

  /**
   * One application started by the command.
   *
   * @param name its label in the tables
   * @param module its folder in the repository
   * @param database its own database, if it has one
   * @param read the real API read timed after readiness and repeated by the load
   */
  record Side(String name, String module, Optional<String> database, String read) {
    boolean isBaseline() {
      return database.isEmpty();
    }
  }

  static final List<Side> SIDES =
      List.of(
          new Side("trivial-quarkus", "bench/trivial-quarkus", Optional.empty(), "/hello"),
          service("partners-service", "/api/v1/organisations?size=1"),
          service("projects-service", "/api/v1/projects?size=1"),
          service("funding-service", "/api/v1/funding/transactions?size=1"),
          new Side(
              "gateway",
              "gateway",
              Optional.of("sdghub_bench_startup_gateway"),
              "/api/v1/api-keys?size=1"));

  // Fine enough that the polling's resolution is small beside a start of a second or more.
  private static final Duration POLL = Duration.ofMillis(10);
  private static final int LOAD_CLIENTS = 4;

  private final Cleanup cleanup;
  private final Path workDir;
  private final PrintStream out;
  private final PrintStream progress;

  StartupBench(Cleanup cleanup, Path workDir, PrintStream out, PrintStream progress) {
    this.cleanup = cleanup;
    this.workDir = workDir;
    this.out = out;
    this.progress = progress;
  }

  void run(Plan plan) throws IOException, InterruptedException, SQLException {
    progress.println("starting PostgreSQL and Kafka");
    EmbeddedServers servers = EmbeddedServers.start(ServerSettings.fromEnvironment());
    try (Cleanup.Guard serversGuard = cleanup.guard(servers)) {
      BenchTokens tokens = BenchTokens.create(workDir);
      Credentials credentials =
          new Credentials(
              tokens.bearer(UUID.randomUUID(), List.of("coordinator"), Duration.ofHours(3)),
              newApiKey(),
              UUID.randomUUID());
      Map<Side, Map<String, String>> environments = new HashMap<>();
      for (Side side : SIDES) {
        if (side.database().isPresent()) {
          servers.postgres().createDatabaseIfMissing(side.database().get());
        }
        environments.put(side, environment(side, servers, tokens, credentials));
      }
      StartupReport report = new StartupReport(out);
      // The warm-up also runs each service's migrations once, so every measured start is alike.
      progress.println("warm-up round (not counted)");
      for (Side side : SIDES) {
        measure(plan, side, environments.get(side), credentials);
      }
      List<Map<Side, StartupSample>> runs = new ArrayList<>();
      for (int run = 1; run <= plan.runs(); run++) {
        Map<Side, StartupSample> samples = new LinkedHashMap<>();
        for (Side side : RunOrder.forRun(run, SIDES)) {
          samples.put(side, measure(plan, side, environments.get(side), credentials));
        }
        runs.add(samples);
        report.run(run, samples);
      }
      report.summary(SIDES, runs);
    }
  }

  private StartupSample measure(
      Plan plan, Side side, Map<String, String> environment, Credentials credentials)
      throws IOException, InterruptedException {
    progress.println("starting " + side.name());
    ServiceUnderTest app =
        ServiceUnderTest.launch(
            plan.repoRoot(), side.module(), workDir.resolve("logs"), environment);
    try (Cleanup.Guard guard = cleanup.guard(app)) {
      URI base = app.baseUrl();
      Duration ready =
          app.awaitOk(
              HttpRequest.newBuilder(app.managementUrl().resolve(ServiceUnderTest.READY_PATH)),
              POLL);
      boolean gateway = side.name().equals("gateway");
      String authorization = gateway ? "Bearer " + credentials.bootstrapKey() : credentials.token();
      Duration read = app.awaitOk(get(base, side, authorization), POLL);
      ProcStatus atReady = ProcStatus.of(app.pid());
      if (gateway) {
        // The bootstrap key's 600 requests a minute would refuse the load; rate limiting stays on.
        authorization =
            "Bearer "
                + GatewayKeys.issue(
                    base, credentials.bootstrapKey(), credentials.bootstrapOrganisation());
      }
      double rate =
          RequestBurst.run(get(base, side, authorization).build(), plan.requests(), LOAD_CLIENTS);
      ProcStatus afterLoad = ProcStatus.of(app.pid());
      return new StartupSample(ready, read, atReady, afterLoad, rate);
    }
  }

  private static HttpRequest.Builder get(URI base, Side side, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(side.read()));
    return side.isBaseline() ? request : request.header("Authorization", authorization);
  }

  /** The configuration the local stack gives each application, with this run's servers and keys. */
  private Map<String, String> environment(
      Side side, EmbeddedServers servers, BenchTokens tokens, Credentials credentials)
      throws IOException {
    if (side.isBaseline()) {
      return Map.of();
    }
    Map<String, String> extra = new HashMap<>();
    extra.put("SDGHUB_JWT_PUBLIC_KEY_LOCATION", tokens.publicKeyPem().toString());
    if (side.name().equals("funding-service")) {
      extra.put("SDGHUB_WEBHOOKS_SECRET_KEY", FundingBench.FundingSecrets.newSealingKey());
    }
    if (side.name().equals("gateway")) {
      extra.put("SDGHUB_JWT_PRIVATE_KEY_LOCATION", tokens.writePrivateKeyPem(workDir).toString());
      extra.put("SDGHUB_BOOTSTRAP_API_KEY", credentials.bootstrapKey());
      extra.put("SDGHUB_BOOTSTRAP_ORGANISATION", credentials.bootstrapOrganisation().toString());
      // The services run one at a time, never beside the gateway: their URLs answer nothing.
      for (String service : List.of("PARTNERS", "PROJECTS", "FUNDING")) {
        extra.put("SDGHUB_" + service + "_URL", "http://127.0.0.1:" + freePort());
      }
    }
    return ServiceUnderTest.environment(
        servers.postgres(), side.database().get(), servers.kafka().bootstrapServers(), extra);
  }

  private static Side service(String module, String read) {
    String database = "sdghub_bench_startup_" + module.replace("-service", "");
    return new Side(module, module, Optional.of(database), read);
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
