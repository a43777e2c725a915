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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.embedded.ServerSettings;

/**
 * The {@code projects} command: projects-service's by-id read and a filtered list over many
 * projects, each beside the raw Vert.x baseline measured in the same run, and the list's time alone
 * (one connection). The organisations the projects name are registered in a real partners-service
 * and reach projects-service through their events, as in production.
 */
final class ProjectsBench {

  private static final String PARTNERS_DATABASE = "sdghub_bench_projects_partners";
  private static final String PROJECTS_DATABASE = "sdghub_bench_projects";
  private static final int ORGANISATIONS = 24;
  private static final Duration ORGANISATIONS_ARRIVAL = Duration.ofSeconds(60);

  /** Per country: a few first-level areas with a point inside each (its approximate centroid). */
  private static final Map<String, List<String[]>> AREAS =
      Map.of(
          "KZ",
          List.of(
              new String[] {"KZ-43", "44.85", "65.50"},
              new String[] {"KZ-10", "48.80", "79.60"},
              new String[] {"KZ-11", "51.90", "69.80"}),
          "KG",
          List.of(new String[] {"KG-C", "42.65", "74.00"}, new String[] {"KG-B", "40.00", "71.00"}),
          "TJ",
          List.of(
              new String[] {"TJ-GB", "38.30", "72.90"}, new String[] {"TJ-KT", "37.80", "69.10"}),
          "TM",
          List.of(new String[] {"TM-D", "41.40", "59.00"}, new String[] {"TM-A", "38.90", "58.50"}),
          "UZ",
          List.of(
              new String[] {"UZ-BU", "40.10", "64.00"}, new String[] {"UZ-FA", "40.40", "71.30"}),
          "AF",
          List.of(
              new String[] {"AF-BAL", "36.60", "67.00"},
              new String[] {"AF-BAM", "34.80", "67.30"}));

  private static final List<String> COUNTRIES = List.of("KZ", "KG", "TJ", "TM", "UZ", "AF");
  private static final List<String> TARGETS =
      List.of("6.4", "6.5", "13.1", "15.3", "2.1", "4.1", "5.5", "8.6", "9.1", "7.2", "3.8", "1.3");
  private static final List<String> STATUSES =
      List.of("implementation", "pipeline", "implementation", "finalisation", "closed");
  private static final List<String> CURRENCIES = List.of("USD", "EUR", "KZT", "UZS", "JPY");
  private static final List<String> WORDS =
      List.of(
          "water",
          "irrigation",
          "glacier",
          "drought",
          "school",
          "clinic",
          "road",
          "energy",
          "youth",
          "women",
          "land",
          "climate");

  /** The same themes in Russian, in the nominative: the search asks for an inflected form. */
  private static final List<String> RUSSIAN_WORDS =
      List.of(
          "водные ресурсы",
          "орошение",
          "ледники",
          "засуха",
          "школы",
          "клиники",
          "дороги",
          "энергетика",
          "молодёжь",
          "женщины",
          "земли",
          "климат");

  /**
   * What to measure.
   *
   * @param projects how many projects the service holds
   * @param http how wrk loads each endpoint (its target is set per endpoint)
   * @param repoRoot the checkout whose built services are measured
   */
  record Plan(int projects, HttpThroughput.Plan http, Path repoRoot) {}

  private final HttpThroughput throughput;
  private final Wrk wrk;
  private final Cleanup cleanup;
  private final Path workDir;
  private final PrintStream out;
  private final PrintStream progress;

  ProjectsBench(
      HttpThroughput throughput,
      Wrk wrk,
      Cleanup cleanup,
      Path workDir,
      PrintStream out,
      PrintStream progress) {
    this.throughput = throughput;
    this.wrk = wrk;
    this.cleanup = cleanup;
    this.workDir = workDir;
    this.out = out;
    this.progress = progress;
  }

  void run(Plan plan) throws IOException, InterruptedException, SQLException {
    progress.println("starting PostgreSQL and Kafka");
    EmbeddedServers servers = EmbeddedServers.start(ServerSettings.fromEnvironment());
    try (Cleanup.Guard serversGuard = cleanup.guard(servers)) {
      servers.postgres().createDatabaseIfMissing(PARTNERS_DATABASE);
      servers.postgres().createDatabaseIfMissing(PROJECTS_DATABASE);
      BenchTokens tokens = BenchTokens.create(workDir);
      Map<String, String> key =
          Map.of("SDGHUB_JWT_PUBLIC_KEY_LOCATION", tokens.publicKeyPem().toString());
      String kafka = servers.kafka().bootstrapServers();
      progress.println("starting partners-service and projects-service");
      ServiceUnderTest partners =
          ServiceUnderTest.start(
              plan.repoRoot(),
              "partners-service",
              workDir.resolve("logs"),
              servers.postgres(),
              PARTNERS_DATABASE,
              kafka,
              key);
      try (Cleanup.Guard partnersGuard = cleanup.guard(partners)) {
        ServiceUnderTest projects =
            ServiceUnderTest.start(
                plan.repoRoot(),
                "projects-service",
                workDir.resolve("logs"),
                servers.postgres(),
                PROJECTS_DATABASE,
                kafka,
                key);
        try (Cleanup.Guard projectsGuard = cleanup.guard(projects)) {
          String coordinator =
              tokens.bearer(UUID.randomUUID(), List.of("coordinator"), Duration.ofHours(2));
          HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
          List<String> organisations =
              registerOrganisations(
                  http, partners.baseUrl().resolve("/api/v1/organisations"), coordinator);
          URI projectsUrl = projects.baseUrl().resolve("/api/v1/projects");
          awaitOrganisationsKnown(http, projectsUrl, coordinator, organisations);
          String oneId = seed(http, projectsUrl, coordinator, organisations, plan.projects());
          String viewer = tokens.bearer(UUID.randomUUID(), List.of("viewer"), Duration.ofHours(2));
          String list = "?country=KZ&sdgGoal=6&status=implementation&sort=-updatedAt&size=20";
          measure("GET /api/v1/projects/{id}", projectsUrl + "/" + oneId, viewer, plan);
          measure("GET /api/v1/projects" + list, projectsUrl + list, viewer, plan);
          listAlone(projectsUrl + list, viewer, plan);
          // "ледников" (genitive plural) finds the titles saying "ледники": one project in twelve.
          String search = "?q=" + java.net.URLEncoder.encode("ледников", "UTF-8") + "&size=20";
          listAlone(projectsUrl + search, viewer, plan);
        }
      }
    }
  }

  private void measure(String title, String url, String bearer, Plan plan)
      throws IOException, InterruptedException {
    out.printf("%n%s over %d projects%n", title, plan.projects());
    throughput.runBesideNewBaseline(
        URI.create(url), bearer, plan.http(), workDir.resolve("logs"), cleanup);
  }

  /** The list's own time: one connection, one request at a time, after the loads above. */
  private void listAlone(String url, String bearer, Plan plan)
      throws IOException, InterruptedException {
    WrkResult alone =
        wrk.run(
            "one connection",
            URI.create(url),
            new Wrk.Settings(
                plan.http().wrk().duration(), 1, 1, List.of("Authorization: " + bearer)));
    out.printf(
        "%nGET %s over %d projects, one request at a time: p50 %.2f ms, p99 %.2f ms"
            + " (%.0f req/s, %d errors)%n",
        URI.create(url).getRawQuery(),
        plan.projects(),
        alone.p50Ms(),
        alone.p99Ms(),
        alone.requestsPerSecond(),
        alone.socketErrors() + alone.non2xx3xx());
  }

  private List<String> registerOrganisations(HttpClient http, URI url, String bearer) {
    progress.printf("registering %d organisations in partners-service%n", ORGANISATIONS);
    List<String> ids = new ArrayList<>();
    for (int n = 1; n <= ORGANISATIONS; n++) {
      String country = COUNTRIES.get(n % COUNTRIES.size());
      String body =
          String.format(
              "{\"identifier\":\"XI-IATI-BENCHP%02d\",\"name\":{\"en\":\"Bench agency %02d\","
                  + "\"ru\":\"Тестовое агентство %02d\"},\"acronym\":\"BA%02d\",\"type\":\"40\","
                  + "\"kind\":\"un-entity\",\"headquartersCountry\":\"%s\",\"countries\":[\"%s\"]}",
              n, n, n, n, country, country);
      HttpResponse<String> response = send(http, post(url, bearer, body));
      if (response.statusCode() != 201) {
        throw new IllegalStateException(
            "organisation " + n + ": " + response.statusCode() + " " + response.body());
      }
      String location = response.headers().firstValue("Location").orElseThrow();
      ids.add(location.substring(location.lastIndexOf('/') + 1));
    }
    return ids;
  }

  /** projects-service learns organisations from partner events: waits until it knows them all. */
  private void awaitOrganisationsKnown(
      HttpClient http, URI projects, String bearer, List<String> organisations)
      throws InterruptedException {
    progress.println("waiting for projects-service to learn the organisations from their events");
    Instant deadline = Instant.now().plus(ORGANISATIONS_ARRIVAL);
    // A project naming every organisation is accepted only once all of them are known.
    StringBuilder participants = new StringBuilder();
    for (int i = 0; i < organisations.size(); i++) {
      participants
          .append(i == 0 ? "" : ",")
          .append(
              String.format(
                  "{\"organisationId\":\"%s\",\"role\":\"%s\"}",
                  organisations.get(i), i == 0 ? "accountable" : "implementing"));
    }
    String body =
        String.format(
            "{\"iatiIdentifier\":\"XI-IATI-BENCHP01-PROBE\",\"reportingOrganisationId\":\"%s\","
                + "\"title\":{\"en\":\"Probe\"},\"status\":\"pipeline\","
                + "\"dates\":{\"plannedStart\":\"2025-01-01\"},\"sdgTargets\":[\"6.4\"],"
                + "\"recipientCountries\":[{\"country\":\"KZ\",\"percentage\":100}],"
                + "\"participatingOrganisations\":[%s]}",
            organisations.get(0), participants);
    while (true) {
      HttpResponse<String> response = send(http, post(projects, bearer, body));
      if (response.statusCode() == 201) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "projects-service did not learn the organisations within "
                + ORGANISATIONS_ARRIVAL.toSeconds()
                + " s: "
                + response.statusCode()
                + " "
                + response.body());
      }
      Thread.sleep(500);
    }
  }

  /** Creates {@code count} projects through the API; returns one of their ids. */
  private String seed(
      HttpClient http, URI projects, String bearer, List<String> organisations, int count)
      throws IOException {
    progress.printf("creating %d projects through the API%n", count);
    AtomicReference<String> anId = new AtomicReference<>();
    AtomicInteger done = new AtomicInteger();
    Instant start = Instant.now();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<CompletableFuture<Void>> posts = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        int n = i;
        posts.add(
            CompletableFuture.runAsync(
                () -> {
                  HttpResponse<String> response =
                      send(http, post(projects, bearer, project(n, organisations)));
                  if (response.statusCode() != 201) {
                    throw new IllegalStateException(
                        "project " + n + ": " + response.statusCode() + " " + response.body());
                  }
                  String location = response.headers().firstValue("Location").orElseThrow();
                  anId.compareAndSet(null, location.substring(location.lastIndexOf('/') + 1));
                  int created = done.incrementAndGet();
                  if (created % 10_000 == 0) {
                    progress.printf("  %d projects%n", created);
                  }
                },
                pool));
      }
      CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).join();
    } catch (RuntimeException e) {
      throw new IOException("Seeding the projects failed: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    Duration took = Duration.between(start, Instant.now());
    out.printf(
        "%ncreated %d projects through the API in %d s (%.0f per second, 8 clients)%n",
        count, took.toSeconds(), count / Math.max(0.001, took.toMillis() / 1000.0));
    return anId.get();
  }

  /** A distinct, valid project: number n of the bench set, spread over countries and themes. */
  static String project(int n, List<String> organisations) {
    int lead = n % organisations.size();
    int partner = (n * 7 + 3) % organisations.size();
    if (partner == lead) {
      partner = (partner + 1) % organisations.size();
    }
    String country = COUNTRIES.get(n % COUNTRIES.size());
    String second = COUNTRIES.get((n / 6 + 1) % COUNTRIES.size());
    List<String[]> areas = AREAS.get(country);
    String[] area = areas.get((n / 6) % areas.size());
    String target = TARGETS.get(n % TARGETS.size());
    String other = TARGETS.get((n / 12 + 5) % TARGETS.size());
    String word = WORDS.get(n % WORDS.size());
    LocalDate start = LocalDate.of(2018, 1, 1).plusDays((n * 37L) % 2900);
    String status = STATUSES.get(n % STATUSES.size());
    String countries =
        second.equals(country)
            ? String.format("[{\"country\":\"%s\",\"percentage\":100}]", country)
            : String.format(
                "[{\"country\":\"%s\",\"percentage\":70},{\"country\":\"%s\",\"percentage\":30}]",
                country, second);
    return String.format(
        "{\"iatiIdentifier\":\"XI-IATI-BENCHP%02d-%07d\",\"reportingOrganisationId\":\"%s\","
            + "\"title\":{\"en\":\"Bench project %d: %s resilience\","
            + "\"ru\":\"Тестовый проект %d: %s и устойчивость\"},"
            + "\"description\":{\"en\":\"Benchmark record %d about %s in %s.\"},"
            + "\"status\":\"%s\",\"dates\":{\"plannedStart\":\"%s\",\"plannedEnd\":\"%s\"%s},"
            + "\"sdgTargets\":[\"%s\",\"%s\"],\"recipientCountries\":%s,"
            + "\"locations\":[{\"country\":\"%s\",\"adminArea\":\"%s\","
            + "\"point\":{\"lat\":%s,\"lon\":%s}}],"
            + "\"participatingOrganisations\":[{\"organisationId\":\"%s\",\"role\":\"accountable\"},"
            + "{\"organisationId\":\"%s\",\"role\":\"implementing\"}],"
            + "\"budget\":{\"amount\":\"%d.00\",\"currency\":\"%s\"}}",
        lead + 1,
        n,
        organisations.get(lead),
        n,
        word,
        n,
        RUSSIAN_WORDS.get(n % RUSSIAN_WORDS.size()),
        n,
        word,
        country,
        status,
        start,
        start.plusYears(3),
        // A closed project has an actual end (in the past).
        status.equals("closed")
            ? ",\"actualStart\":\"" + start + "\",\"actualEnd\":\"" + start.plusDays(300) + "\""
            : "",
        target,
        other.equals(target) ? "17.9" : other,
        countries,
        country,
        area[0],
        area[1],
        area[2],
        organisations.get(lead),
        organisations.get(partner),
        100_000 + (n * 7919L) % 5_000_000,
        CURRENCIES.get(n % CURRENCIES.size()));
  }

  private static HttpRequest post(URI url, String bearer, String body) {
    return HttpRequest.newBuilder(url)
        .header("Authorization", bearer)
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
