package org.sdghub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the funding bench works on, put in through the services' own APIs as users would: donors and
 * agencies registered in partners-service, projects in projects-service that each donor funds (both
 * reach funding-service through their events), the demo exchange rates, and one webhook
 * subscription per donor to the bench's receiver. Then it writes transactions as donors do: each
 * donor on the projects it funds, in its own currency, with an {@code Idempotency-Key} of its own.
 */
final class FundingSeed {

  static final int DONORS = 8;
  static final int AGENCIES = 8;
  private static final Duration ARRIVAL = Duration.ofSeconds(90);
  private static final List<String> CURRENCIES = List.of("EUR", "USD", "JPY", "GBP", "KRW", "CHF");
  private static final List<String> COUNTRIES = List.of("KZ", "KG", "TJ", "TM", "UZ", "AF");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final BenchTokens tokens;
  private final PrintStream progress;
  private final List<String> donors = new ArrayList<>();
  private final List<String> donorTokens = new ArrayList<>();
  private final List<String> agencies = new ArrayList<>();
  private final List<String> projects = new ArrayList<>();
  private final AtomicLong written = new AtomicLong();
  private String coordinator;

  FundingSeed(BenchTokens tokens, PrintStream progress) {
    this.tokens = tokens;
    this.progress = progress;
  }

  /** Registers the organisations and projects, and waits until funding-service knows them. */
  void seed(URI partners, URI projectsService, URI funding, int projectCount, Path rates)
      throws IOException, InterruptedException {
    coordinator = tokens.bearer(UUID.randomUUID(), List.of("coordinator"), Duration.ofHours(3));
    progress.printf("registering %d donors and %d agencies%n", DONORS, AGENCIES);
    for (int n = 1; n <= DONORS + AGENCIES; n++) {
      boolean donor = n <= DONORS;
      String id =
          created(post(partners.resolve("/api/v1/organisations"), coordinator, org(n, donor)));
      (donor ? donors : agencies).add(id);
      if (donor) {
        donorTokens.add(tokens.bearer(UUID.fromString(id), List.of("donor"), Duration.ofHours(3)));
      }
    }
    progress.printf("creating %d projects through projects-service%n", projectCount);
    URI projectsUrl = projectsService.resolve("/api/v1/projects");
    for (int n = 0; n < projectCount; n++) {
      projects.add(createdOnceKnown(projectsUrl, project(n)));
    }
    progress.println("waiting for funding-service to learn them from their events");
    awaitKnown(funding.resolve("/api/v1/funding/projects/" + projects.get(projectCount - 1)));
    progress.println("loading the demo exchange rates");
    HttpResponse<String> loaded =
        send(
            HttpRequest.newBuilder(funding.resolve("/api/v1/exchange-rates"))
                .header("Authorization", coordinator)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(rates)))
                .build());
    check(loaded, "the exchange rates");
  }

  /** One subscription per donor, to the donor's own transactions (the default routing). */
  List<String> subscribe(URI funding, WebhookReceiver receiver)
      throws IOException, InterruptedException {
    List<String> ids = new ArrayList<>();
    for (int d = 0; d < DONORS; d++) {
      String body =
          String.format(
              "{\"url\":\"%s\",\"eventTypes\":[\"org.sdghub.funding.transaction.recorded.v1\"]}",
              receiver.url("donor-" + d));
      ids.add(
          created(
              post(funding.resolve("/api/v1/webhooks/subscriptions"), donorTokens.get(d), body)));
    }
    return ids;
  }

  /** Posts the next transaction; returns the response (201 expected). */
  HttpResponse<String> recordNext(URI transactions) throws IOException, InterruptedException {
    return send(nextRequest(transactions));
  }

  /** The request of the next transaction: a disbursement by the project's donor. */
  HttpRequest nextRequest(URI transactions) {
    return transactionRequest(transactions, written.getAndIncrement());
  }

  private HttpRequest transactionRequest(URI transactions, long n) {
    int project = (int) (n % projects.size());
    int donor = project % DONORS;
    String currency = CURRENCIES.get(donor % CURRENCIES.size());
    boolean whole = currency.equals("JPY") || currency.equals("KRW");
    long units = 10_000 + (n * 7919) % 900_000;
    String amount = whole ? Long.toString(units * 100) : units + ".50";
    LocalDate valueDate = LocalDate.of(2024, 1, 1).plusDays(n % 700);
    String body =
        String.format(
            "{\"type\":\"disbursement\",\"projectId\":\"%s\",\"providerOrganisationId\":\"%s\","
                + "\"amount\":\"%s\",\"currency\":\"%s\",\"valueDate\":\"%s\","
                + "\"description\":{\"en\":\"Bench tranche %d\"}}",
            projects.get(project), donors.get(donor), amount, currency, valueDate, n);
    return HttpRequest.newBuilder(transactions)
        .header("Authorization", donorTokens.get(donor))
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", "bench-" + UUID.randomUUID())
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  String donorToken(int donor) {
    return donorTokens.get(donor);
  }

  HttpClient http() {
    return http;
  }

  private String org(int n, boolean donor) {
    String country = COUNTRIES.get(n % COUNTRIES.size());
    return String.format(
        "{\"identifier\":\"XI-IATI-BENCHF%02d\",\"name\":{\"en\":\"Bench %s %02d\"},"
            + "\"acronym\":\"BF%02d\",\"type\":\"%s\",\"kind\":\"%s\","
            + "\"headquartersCountry\":\"%s\",\"countries\":[\"%s\"]}",
        n,
        donor ? "donor" : "agency",
        n,
        n,
        donor ? "10" : "40",
        donor ? "donor-government" : "un-entity",
        country,
        country);
  }

  private String project(int n) {
    String country = COUNTRIES.get(n % COUNTRIES.size());
    String agency = agencies.get(n % AGENCIES);
    // An activity identifier starts with its reporting organisation's (the agency's) identifier.
    int agencyNumber = DONORS + 1 + n % AGENCIES;
    return String.format(
        "{\"iatiIdentifier\":\"XI-IATI-BENCHF%02d-%06d\",\"reportingOrganisationId\":\"%s\","
            + "\"title\":{\"en\":\"Bench funded project %d\"},\"status\":\"implementation\","
            + "\"dates\":{\"plannedStart\":\"2024-01-01\",\"plannedEnd\":\"2028-12-31\"},"
            + "\"sdgTargets\":[\"6.4\"],\"recipientCountries\":[{\"country\":\"%s\","
            + "\"percentage\":100}],\"participatingOrganisations\":["
            + "{\"organisationId\":\"%s\",\"role\":\"accountable\"},"
            + "{\"organisationId\":\"%s\",\"role\":\"funding\"}],"
            + "\"budget\":{\"amount\":\"%d.00\",\"currency\":\"USD\"}}",
        agencyNumber, n, agency, n, country, agency, donors.get(n % DONORS), 1_000_000 + n * 1000L);
  }

  /** Posts a project, retrying while projects-service has not yet learnt its organisations. */
  private String createdOnceKnown(URI url, String body) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(ARRIVAL);
    while (true) {
      HttpResponse<String> response = post(url, coordinator, body);
      if (response.statusCode() == 201 || Instant.now().isAfter(deadline)) {
        return created(response);
      }
      Thread.sleep(250);
    }
  }

  private void awaitKnown(URI url) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(ARRIVAL);
    HttpResponse<String> response;
    do {
      Thread.sleep(250);
      response =
          send(HttpRequest.newBuilder(url).header("Authorization", coordinator).GET().build());
    } while (response.statusCode() != 200 && Instant.now().isBefore(deadline));
    check(response, "funding-service's copy of the last project");
  }

  private HttpResponse<String> post(URI url, String bearer, String body)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(url)
            .header("Authorization", bearer)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String created(HttpResponse<String> response) {
    if (response.statusCode() != 201) {
      throw new IllegalStateException(
          response.request().uri() + ": " + response.statusCode() + " " + response.body());
    }
    String location = response.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static void check(HttpResponse<String> response, String what) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
    }
  }
}
