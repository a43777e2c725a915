package org.sdghub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.embedded.ServerSettings;

/**
 * The {@code partners} command: partners-service's by-id read and a filtered list over a registry
 * of many organisations, each beside the raw Vert.x baseline measured in the same run.
 */
final class PartnersBench {

  private static final String DATABASE = "sdghub_bench_partners";
  private static final List<String> KINDS =
      List.of("un-entity", "donor-government", "development-bank", "national-government", "ngo");
  private static final List<String> TYPES = List.of("40", "10", "40", "10", "21");
  private static final List<String> COUNTRIES = List.of("KZ", "KG", "TJ", "TM", "UZ", "AF");

  /**
   * What to measure.
   *
   * @param organisations how many organisations the registry holds
   * @param http how wrk loads each endpoint (its target is set per endpoint)
   * @param repoRoot the checkout whose built partners-service is measured
   */
  record Plan(int organisations, HttpThroughput.Plan http, Path repoRoot) {}

  private final HttpThroughput throughput;
  private final Cleanup cleanup;
  private final Path workDir;
  private final PrintStream out;
  private final PrintStream progress;

  PartnersBench(
      HttpThroughput throughput,
      Cleanup cleanup,
      Path workDir,
      PrintStream out,
      PrintStream progress) {
    this.throughput = throughput;
    this.cleanup = cleanup;
    this.workDir = workDir;
    this.out = out;
    this.progress = progress;
  }

  void run(Plan plan) throws IOException, InterruptedException, SQLException {
    progress.println("starting PostgreSQL and Kafka");
    EmbeddedServers servers = EmbeddedServers.start(ServerSettings.fromEnvironment());
    try (Cleanup.Guard serversGuard = cleanup.guard(servers)) {
      servers.postgres().createDatabaseIfMissing(DATABASE);
      BenchTokens tokens = BenchTokens.create(workDir);
      progress.println("starting partners-service");
      ServiceUnderTest service =
          ServiceUnderTest.start(
              plan.repoRoot(),
              "partners-service",
              workDir.resolve("logs"),
              servers.postgres(),
              DATABASE,
              servers.kafka().bootstrapServers(),
              Map.of("SDGHUB_JWT_PUBLIC_KEY_LOCATION", tokens.publicKeyPem().toString()));
      try (Cleanup.Guard serviceGuard = cleanup.guard(service)) {
        String coordinator =
            tokens.bearer(UUID.randomUUID(), List.of("coordinator"), Duration.ofHours(2));
        URI organisations = service.baseUrl().resolve("/api/v1/organisations");
        String oneId = seed(organisations, coordinator, plan.organisations());
        String viewer = tokens.bearer(UUID.randomUUID(), List.of("viewer"), Duration.ofHours(2));
        measure("GET /api/v1/organisations/{id}", organisations + "/" + oneId, viewer, plan);
        measure(
            "GET /api/v1/organisations?kind=ngo&country=KZ&sort=name&size=20",
            organisations + "?kind=ngo&country=KZ&sort=name&size=20",
            viewer,
            plan);
      }
    }
  }

  private void measure(String title, String url, String bearer, Plan plan)
      throws IOException, InterruptedException {
    out.printf("%n%s over %d organisations%n", title, plan.organisations());
    throughput.runBesideNewBaseline(
        URI.create(url), bearer, plan.http(), workDir.resolve("logs"), cleanup);
  }

  /** Registers {@code count} organisations through the API; returns one of their ids. */
  private String seed(URI organisations, String bearer, int count) throws IOException {
    progress.printf("registering %d organisations through the API%n", count);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    AtomicReference<String> anId = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<CompletableFuture<Void>> posts = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        int n = i;
        posts.add(
            CompletableFuture.runAsync(
                () -> anId.compareAndSet(null, post(http, organisations, bearer, n)), pool));
      }
      CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).join();
    } catch (RuntimeException e) {
      throw new IOException("Seeding the registry failed: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    return anId.get();
  }

  static String post(HttpClient http, URI organisations, String bearer, int n) {
    HttpRequest request =
        HttpRequest.newBuilder(organisations)
            .header("Authorization", bearer)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(profile(n)))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IllegalStateException(
            "organisation " + n + ": " + response.statusCode() + " " + response.body());
      }
      String location = response.headers().firstValue("Location").orElseThrow();
      return location.substring(location.lastIndexOf('/') + 1);
    } catch (IOException e) {
      throw new IllegalStateException("organisation " + n + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** A distinct, valid profile: number n of the bench registry, spread over kinds and countries. */
  static String profile(int n) {
    int k = n % KINDS.size();
    String country = COUNTRIES.get(n % COUNTRIES.size());
    return String.format(
        "{\"identifier\":\"XI-IATI-BENCH%05d\",\"name\":{\"en\":\"Bench organisation %05d\","
            + "\"ru\":\"Тестовая организация %05d\"},\"acronym\":\"BO%05d\",\"type\":\"%s\","
            + "\"kind\":\"%s\",\"headquartersCountry\":\"%s\",\"countries\":[\"%s\"],"
            + "\"website\":\"https://bench-%05d.example.org\",\"aliases\":[]}",
        n, n, n, n, TYPES.get(k), KINDS.get(k), country, country, n);
  }
}
