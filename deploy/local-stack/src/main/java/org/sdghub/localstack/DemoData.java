package org.sdghub.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;

/**
 * Loads the demo organisations into a running partners-service through its API, as the Regional
 * Centre's coordinator, never through migrations: the service applies its own validation and
 * duplicate rules to them as to any other. Loading again onto kept data adds nothing: the service
 * answers an organisation it already holds with a duplicate (409) or, within the idempotency
 * window, with a replay of the first answer.
 */
final class DemoData {

  static final String REPLAYED_HEADER = "Idempotent-Replayed";
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

  private final DemoHttp http;
  private final URI organisations;
  private final PrintStream out;

  private DemoData(DemoHttp http, String partnersBaseUrl, PrintStream out) {
    this.http = http;
    this.organisations = URI.create(partnersBaseUrl + "/api/v1/organisations");
    this.out = out;
  }

  /**
   * Posts every demo organisation and its contact to partners-service at {@code partnersBaseUrl}; a
   * refused organisation is reported and the others still loaded. Throws only when the service
   * cannot be reached or refuses the loader's token.
   */
  static Summary load(DemoHttp http, String partnersBaseUrl, PrintStream out)
      throws IOException, InterruptedException {
    DemoData loader = new DemoData(http, partnersBaseUrl, out);
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
        http.post(organisations, "demo-" + organisation.key(), organisation.profile(), null);
    int status = created.statusCode();
    if (status == 409 && DemoHttp.problemType(created).endsWith(DUPLICATE_PROBLEM)) {
      return Outcome.ALREADY_THERE;
    }
    if (status >= 300) {
      report(organisation, "not loaded", created);
      return Outcome.FAILED;
    }
    if (DemoHttp.header(created, REPLAYED_HEADER).isPresent()) {
      return Outcome.ALREADY_THERE;
    }
    String id = DemoHttp.body(created).path("id").asText();
    URI contacts = URI.create(organisations + "/" + id + "/contacts");
    HttpResponse<String> contact =
        http.post(contacts, "demo-contact-" + organisation.key(), organisation.contact(), null);
    if (contact.statusCode() >= 300) {
      report(organisation, "loaded, but its contact was refused", contact);
      return Outcome.FAILED;
    }
    return Outcome.LOADED;
  }

  /** A 4xx is a mistake in the demo file, a 5xx one in the service; either way, say which. */
  private void report(DemoOrganisation organisation, String what, HttpResponse<String> response) {
    out.println(
        "demo data: "
            + organisation.name()
            + " ("
            + organisation.key()
            + ") "
            + what
            + ": "
            + response.statusCode()
            + " "
            + DemoHttp.detail(response));
  }
}
