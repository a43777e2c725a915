package org.sdghub.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Loads the demo organisations into a running partners-service through its API, as the Regional
 * Centre's coordinator, never through migrations: the service applies its own validation and
 * duplicate rules to them as to any other. Loading again onto kept data adds nothing: the service
 * answers an organisation it already holds with a duplicate (409) or, within the idempotency
 * window, with a replay of the first answer.
 */
final class DemoData {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final String DUPLICATE_PROBLEM = "/problems/duplicate";

  /** How a run went: one line for the launcher's output. */
  record Summary(int loaded, int alreadyThere, int errors) {
    String line() {
      String line =
          "demo data: " + loaded + " organisations loaded, " + alreadyThere + " already there";
      return errors == 0 ? line : line + ", " + errors + " errors (above)";
    }
  }

  private enum Outcome {
    LOADED,
    ALREADY_THERE,
    FAILED
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI organisations;
  private final String token;
  private final PrintStream out;

  private DemoData(String partnersBaseUrl, String token, PrintStream out) {
    this.organisations = URI.create(partnersBaseUrl + "/api/v1/organisations");
    this.token = token;
    this.out = out;
  }

  /**
   * Posts every demo organisation and its contact to partners-service at {@code partnersBaseUrl}; a
   * refused organisation is reported and the others still loaded. Throws only when the service
   * cannot be reached or refuses the loader's token.
   */
  static Summary load(String partnersBaseUrl, Path privateKey, PrintStream out)
      throws IOException, InterruptedException {
    String token = DemoToken.mint(privateKey, Instant.now());
    DemoData loader = new DemoData(partnersBaseUrl, token, out);
    int loaded = 0;
    int alreadyThere = 0;
    int errors = 0;
    for (DemoOrganisation organisation : DemoOrganisation.readAll()) {
      switch (loader.loadOne(organisation)) {
        case LOADED -> loaded++;
        case ALREADY_THERE -> alreadyThere++;
        case FAILED -> errors++;
      }
    }
    return new Summary(loaded, alreadyThere, errors);
  }

  private Outcome loadOne(DemoOrganisation organisation) throws IOException, InterruptedException {
    HttpResponse<String> created =
        post(organisations, "demo-" + organisation.identifier(), organisation.profile());
    int status = created.statusCode();
    if (status == 409 && problemType(created).endsWith(DUPLICATE_PROBLEM)) {
      return Outcome.ALREADY_THERE;
    }
    if (status >= 300) {
      report(organisation, "not loaded", created);
      return Outcome.FAILED;
    }
    if (created.headers().firstValue(REPLAYED_HEADER).isPresent()) {
      return Outcome.ALREADY_THERE;
    }
    String id = DemoOrganisation.JSON.readTree(created.body()).path("id").asText();
    URI contacts = URI.create(organisations + "/" + id + "/contacts");
    HttpResponse<String> contact =
        post(contacts, "demo-contact-" + organisation.identifier(), organisation.contact());
    if (contact.statusCode() >= 300) {
      report(organisation, "loaded, but its contact was refused", contact);
      return Outcome.FAILED;
    }
    return Outcome.LOADED;
  }

  private HttpResponse<String> post(URI uri, String idempotencyKey, ObjectNode body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Idempotency-Key", idempotencyKey)
            .POST(
                HttpRequest.BodyPublishers.ofString(DemoOrganisation.JSON.writeValueAsString(body)))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw new IOException(
          "partners-service refused the demo loader's token: " + problemDetail(response));
    }
    return response;
  }

  /** A 4xx is a mistake in the demo file, a 5xx one in the service; either way, say which. */
  private void report(DemoOrganisation organisation, String what, HttpResponse<String> response) {
    out.println(
        "demo data: "
            + organisation.name()
            + " ("
            + organisation.identifier()
            + ") "
            + what
            + ": "
            + response.statusCode()
            + " "
            + problemDetail(response));
  }

  private static String problemType(HttpResponse<String> response) {
    return problem(response).path("type").asText("");
  }

  private static String problemDetail(HttpResponse<String> response) {
    String detail = problem(response).path("detail").asText("");
    if (!detail.isEmpty()) {
      return detail;
    }
    return response.body().isBlank() ? "(no detail)" : response.body();
  }

  private static JsonNode problem(HttpResponse<String> response) {
    try {
      return DemoOrganisation.JSON.readTree(response.body());
    } catch (IOException notJson) {
      return DemoOrganisation.JSON.createObjectNode();
    }
  }
}
