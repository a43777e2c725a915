package org.sdghub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.embedded.ServerSettings;

/**
 * The {@code gateway} command: the same {@code GET} through the gateway (API key) and directly to
 * partners-service (internal token), each measured with wrk beside the raw Vert.x baseline, then
 * the latency the gateway adds at a fixed rate of half the direct maximum.
 */
final class GatewayBench {

  /**
   * What to measure.
   *
   * @param http how wrk loads each endpoint
   * @param latency open-loop run length; the rate is half the direct median
   * @param repoRoot the checkout whose built gateway and partners-service are measured
   */
  record Plan(HttpThroughput.Plan http, Duration latency, Path repoRoot) {}

  private final HttpThroughput throughput;
  private final OpenLoopGenerator generator;
  private final Cleanup cleanup;
  private final Path workDir;
  private final PrintStream out;
  private final PrintStream progress;

  GatewayBench(
      HttpThroughput throughput,
      OpenLoopGenerator generator,
      Cleanup cleanup,
      Path workDir,
      PrintStream out,
      PrintStream progress) {
    this.throughput = throughput;
    this.generator = generator;
    this.cleanup = cleanup;
    this.workDir = workDir;
    this.out = out;
    this.progress = progress;
  }

  void run(Plan plan) throws IOException, InterruptedException, SQLException {
    progress.println("starting PostgreSQL and Kafka");
    EmbeddedServers servers = EmbeddedServers.start(ServerSettings.fromEnvironment());
    try (Cleanup.Guard serversGuard = cleanup.guard(servers)) {
      servers.postgres().createDatabaseIfMissing("sdghub_bench_gw_partners");
      servers.postgres().createDatabaseIfMissing("sdghub_bench_gateway");
      BenchTokens tokens = BenchTokens.create(workDir);
      String publicKey = tokens.publicKeyPem().toString();
      Path logs = workDir.resolve("logs");
      String kafka = servers.kafka().bootstrapServers();
      progress.println("starting partners-service and the gateway");
      ServiceUnderTest partners =
          ServiceUnderTest.start(
              plan.repoRoot(),
              "partners-service",
              logs,
              servers.postgres(),
              "sdghub_bench_gw_partners",
              kafka,
              Map.of("SDGHUB_JWT_PUBLIC_KEY_LOCATION", publicKey));
      try (Cleanup.Guard partnersGuard = cleanup.guard(partners)) {
        String apiKey = newApiKey();
        ServiceUnderTest gateway =
            ServiceUnderTest.start(
                plan.repoRoot(),
                "gateway",
                logs,
                servers.postgres(),
                "sdghub_bench_gateway",
                kafka,
                Map.of(
                    "SDGHUB_JWT_PUBLIC_KEY_LOCATION",
                    publicKey,
                    "SDGHUB_JWT_PRIVATE_KEY_LOCATION",
                    tokens.writePrivateKeyPem(workDir).toString(),
                    "SDGHUB_PARTNERS_URL",
                    partners.baseUrl().toString(),
                    "SDGHUB_BOOTSTRAP_API_KEY",
                    apiKey,
                    "SDGHUB_GATEWAY_RATE_LIMIT_ENABLED",
                    "false"));
        try (Cleanup.Guard gatewayGuard = cleanup.guard(gateway)) {
          String token =
              tokens.bearer(UUID.randomUUID(), List.of("coordinator"), Duration.ofHours(2));
          String id =
              PartnersBench.post(
                  HttpClient.newHttpClient(),
                  partners.baseUrl().resolve("/api/v1/organisations"),
                  token,
                  1);
          String path = "/api/v1/organisations/" + id;
          compare(
              plan,
              partners.baseUrl().resolve(path),
              token,
              gateway.baseUrl().resolve(path),
              "Bearer " + apiKey);
        }
      }
    }
  }

  private void compare(Plan plan, URI direct, String token, URI viaGateway, String key)
      throws IOException, InterruptedException {
    out.printf("%nGET %s directly to partners-service (internal token)%n", direct.getPath());
    double directRate = throughput(plan, direct, token);
    out.printf("%nGET %s through the gateway (API key)%n", viaGateway.getPath());
    double gatewayRate = throughput(plan, viaGateway, key);
    out.printf(
        "%ngateway  median %.0f req/s  direct median %.0f req/s  ratio %.2f%n",
        gatewayRate, directRate, gatewayRate / directRate);

    double rate = Math.max(1, Math.floor(directRate / 2));
    progress.printf("open-loop latency at %.0f req/s%n", rate);
    LatencyResult directLatency = latency(plan, direct, token, rate);
    LatencyResult gatewayLatency = latency(plan, viaGateway, key, rate);
    out.printf(
        "%nLatency at a fixed %.0f req/s (half the direct maximum), %ss each%n",
        rate, plan.latency().toSeconds());
    Table table = new Table("endpoint", "p50 ms", "p99 ms", "p99.9 ms", "errors");
    table.row(
        "direct",
        ms(directLatency, 50),
        ms(directLatency, 99),
        ms(directLatency, 99.9),
        directLatency.errors());
    table.row(
        "gateway",
        ms(gatewayLatency, 50),
        ms(gatewayLatency, 99),
        ms(gatewayLatency, 99.9),
        gatewayLatency.errors());
    out.print(table.render());
    out.printf(
        "gateway adds  p50 %s ms  p99 %s ms%n",
        Fmt.millis(gatewayLatency.percentileMs(50) - directLatency.percentileMs(50)),
        Fmt.millis(gatewayLatency.percentileMs(99) - directLatency.percentileMs(99)));
  }

  private double throughput(Plan plan, URI target, String bearer)
      throws IOException, InterruptedException {
    return throughput
        .runBesideNewBaseline(target, bearer, plan.http(), workDir.resolve("logs"), cleanup)
        .get(1)
        .median();
  }

  private LatencyResult latency(Plan plan, URI target, String bearer, double rate)
      throws InterruptedException {
    LoadPlan load =
        new LoadPlan(
            target,
            rate,
            plan.latency(),
            64,
            List.of("Authorization: " + bearer),
            Duration.ofSeconds(10));
    generator.run(
        new LoadPlan(target, rate, Duration.ofSeconds(5), 64, load.headers(), load.timeout()));
    return generator.run(load);
  }

  private static String ms(LatencyResult result, double percentile) {
    return Fmt.millis(result.percentileMs(percentile));
  }

  private static String newApiKey() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return "sdghub_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }
}
