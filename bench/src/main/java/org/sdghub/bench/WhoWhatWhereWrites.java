package org.sdghub.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the who-what-where bench writes: agencies and donors registered in partners-service through
 * its API, and projects created in projects-service as partner agencies report them, each in one or
 * two first-level areas of one country, on two SDG targets, with an accountable, an implementing
 * and a funding organisation.
 */
final class WhoWhatWhereWrites {

  static final int AGENCIES = 12;
  static final int DONORS = 8;

  /** SDG targets the bench's projects work on: water, food, health, education, climate. */
  static final List<String> TARGETS =
      List.of(
          "6.1", "6.2", "6.4", "6.5", "2.1", "2.3", "2.4", "3.1", "3.2", "3.8", "4.1", "4.5", "5.5",
          "7.2", "8.5", "13.1", "13.3", "15.3", "16.6", "17.9");

  private static final Path AREAS =
      Path.of("projects-service/src/main/resources/reference/admin-areas.json");

  private final HttpClient http;
  private final String coordinator;
  private final List<String> agencies;
  private final List<String> donors;
  private final String viewer;
  private final List<Area> areas;
  private final AtomicLong written = new AtomicLong();

  /** A first-level area and its country. */
  record Area(String code, String country) {}

  private WhoWhatWhereWrites(
      HttpClient http,
      String coordinator,
      List<String> agencies,
      List<String> donors,
      String viewer,
      List<Area> areas) {
    this.http = http;
    this.coordinator = coordinator;
    this.agencies = agencies;
    this.donors = donors;
    this.viewer = viewer;
    this.areas = areas;
  }

  /** Registers the organisations through partners-service's API. */
  static WhoWhatWhereWrites register(
      HttpClient http, ServiceUnderTest partners, String coordinator, Path repoRoot)
      throws IOException, InterruptedException {
    URI organisations = partners.baseUrl().resolve("/api/v1/organisations");
    List<String> agencies = new ArrayList<>();
    List<String> donors = new ArrayList<>();
    for (int n = 1; n <= AGENCIES + DONORS; n++) {
      boolean agency = n <= AGENCIES;
      String body =
          String.format(
              "{\"identifier\":\"XI-IATI-BENCHW%02d\",\"name\":{\"en\":\"Bench %s %02d\"},"
                  + "\"acronym\":\"BW%02d\",\"type\":\"%s\",\"kind\":\"%s\","
                  + "\"headquartersCountry\":\"KZ\",\"countries\":[\"KZ\",\"UZ\"]}",
              n,
              agency ? "agency" : "donor",
              n,
              n,
              agency ? "40" : "10",
              agency ? "un-entity" : "donor-government");
      (agency ? agencies : donors).add(created(post(http, organisations, coordinator, body)));
    }
    String viewer =
        created(
            post(
                http,
                organisations,
                coordinator,
                "{\"identifier\":\"XI-IATI-BENCHW99\",\"name\":{\"en\":\"Bench coordination"
                    + " office\"},\"type\":\"40\",\"kind\":\"un-entity\","
                    + "\"headquartersCountry\":\"KZ\",\"countries\":[\"KZ\"]}"));
    return new WhoWhatWhereWrites(http, coordinator, agencies, donors, viewer, areas(repoRoot));
  }

  /** The organisation the dashboard's viewer key belongs to. */
  String viewer() {
    return viewer;
  }

  List<String> organisations() {
    List<String> all = new ArrayList<>(agencies);
    all.addAll(donors);
    return all;
  }

  List<Area> areas() {
    return areas;
  }

  /** Waits until projects-service has learnt the organisations from their events. */
  void awaitKnownBy(URI projects, Duration wait) throws IOException, InterruptedException {
    URI url = projects.resolve("/api/v1/projects");
    Instant deadline = Instant.now().plus(wait);
    while (true) {
      HttpResponse<String> response = post(http, url, coordinator, body(-1));
      if (response.statusCode() == 201) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "projects-service did not learn the organisations: "
                + response.statusCode()
                + " "
                + response.body());
      }
      Thread.sleep(250);
    }
  }

  /** The request creating the next project, sent as its reporting agency's tool would. */
  HttpRequest nextCreate(URI projects) {
    return HttpRequest.newBuilder(projects.resolve("/api/v1/projects"))
        .header("Authorization", coordinator)
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", "bench-www-" + UUID.randomUUID())
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body(written.getAndIncrement())))
        .build();
  }

  private String body(long n) {
    long k = n + 1;
    int agencyIndex = (int) (k % AGENCIES);
    String agency = agencies.get(agencyIndex);
    String implementer = agencies.get((agencyIndex + 1 + (int) (k % 3)) % AGENCIES);
    String donor = donors.get((int) (k % DONORS));
    Area first = areas.get((int) ((k * 7) % areas.size()));
    Area second = sameCountryNeighbour(first);
    String targetA = TARGETS.get((int) (k % TARGETS.size()));
    String targetB = TARGETS.get((int) ((k * 3 + 1) % TARGETS.size()));
    String targets =
        targetA.equals(targetB) ? "\"" + targetA + "\"" : "\"" + targetA + "\",\"" + targetB + "\"";
    String locations =
        first.equals(second) ? location(first) : location(first) + "," + location(second);
    String run = Long.toString(ProcessHandle.current().pid(), 36);
    return String.format(
        "{\"iatiIdentifier\":\"XI-IATI-BENCHW%02d-%s-%07d\",\"reportingOrganisationId\":\"%s\","
            + "\"title\":{\"en\":\"Bench 3W project %d\"},\"status\":\"implementation\","
            + "\"dates\":{\"plannedStart\":\"2025-01-01\",\"plannedEnd\":\"2029-12-31\"},"
            + "\"sdgTargets\":[%s],\"recipientCountries\":[{\"country\":\"%s\","
            + "\"percentage\":100}],\"locations\":[%s],\"participatingOrganisations\":["
            + "{\"organisationId\":\"%s\",\"role\":\"accountable\"},"
            + "{\"organisationId\":\"%s\",\"role\":\"implementing\"},"
            + "{\"organisationId\":\"%s\",\"role\":\"funding\"}],"
            + "\"budget\":{\"amount\":\"%d.00\",\"currency\":\"USD\"}}",
        agencyIndex + 1,
        run,
        k,
        agency,
        k,
        targets,
        first.country(),
        locations,
        agency,
        implementer,
        donor,
        500_000 + (k * 7919) % 5_000_000);
  }

  private Area sameCountryNeighbour(Area area) {
    int i = areas.indexOf(area);
    Area next = areas.get((i + 1) % areas.size());
    return next.country().equals(area.country()) ? next : area;
  }

  private static String location(Area area) {
    return String.format("{\"country\":\"%s\",\"adminArea\":\"%s\"}", area.country(), area.code());
  }

  /** The six countries' first-level areas from projects-service's reference, by country. */
  static List<Area> areas(Path repoRoot) throws IOException {
    Path file = repoRoot.resolve(AREAS);
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + " is missing: run the bench from the repository root");
    }
    JsonArray all = new JsonObject(Files.readString(file)).getJsonArray("areas");
    List<Area> areas = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      JsonObject area = all.getJsonObject(i);
      areas.add(new Area(area.getString("code"), area.getString("country")));
    }
    areas.sort(Comparator.comparing(Area::country).thenComparing(Area::code));
    return List.copyOf(areas);
  }

  static HttpResponse<String> post(HttpClient http, URI url, String bearer, String body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(url)
            .header("Authorization", bearer)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String created(HttpResponse<String> response) {
    return FundingBench.idOf(response);
  }
}
