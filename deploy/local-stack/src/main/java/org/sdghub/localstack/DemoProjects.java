package org.sdghub.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Loads the demo projects into a running projects-service through its API, as the Regional Centre's
 * coordinator, after the demo organisations: their demo keys become the ids partners-service gave
 * them. projects-service learns organisations from partner events, so for a few seconds after they
 * were loaded it refuses a project naming one it has not heard of yet; such projects are tried
 * again for up to {@link #PATIENCE}. Each project is posted with an {@code Idempotency-Key} of its
 * own, so that a second run adds nothing.
 */
final class DemoProjects {

  /**
   * How long projects refused for an organisation projects-service does not know yet are retried.
   */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private static final Duration PAUSE = Duration.ofSeconds(2);

  /** How a run went: one line for the launcher's output. */
  record Summary(int loaded, int alreadyThere, int errors) {
    String line() {
      String line = "demo data: " + loaded + " projects loaded, " + alreadyThere + " already there";
      return errors == 0 ? line : line + ", " + errors + " errors (above)";
    }
  }

  /** Waits between two rounds of retries; a test passes one that does not wait. */
  interface Pause {
    void pause(Duration duration) throws InterruptedException;
  }

  private enum Outcome {
    LOADED,
    ALREADY_THERE,
    UNKNOWN_ORGANISATION,
    FAILED
  }

  private final DemoHttp http;
  private final URI projects;
  private final Map<String, UUID> ids;
  private final PrintStream out;
  private int loaded;
  private int alreadyThere;
  private int errors;

  private DemoProjects(
      DemoHttp http, String projectsBaseUrl, Map<String, UUID> ids, PrintStream out) {
    this.http = http;
    this.projects = URI.create(projectsBaseUrl + "/api/v1/projects");
    this.ids = ids;
    this.out = out;
  }

  /**
   * Posts every demo project, and its results, to projects-service; a refused project is reported
   * and the others still loaded. Throws only when a service cannot be reached or refuses the
   * loader's token.
   */
  static Summary load(
      DemoHttp http,
      String partnersBaseUrl,
      String projectsBaseUrl,
      PrintStream out,
      Clock clock,
      Pause pause)
      throws IOException, InterruptedException {
    Map<String, UUID> ids =
        OrganisationDirectory.idsByKey(http, partnersBaseUrl, DemoOrganisation.readAll());
    DemoProjects loader = new DemoProjects(http, projectsBaseUrl, ids, out);
    Instant deadline = clock.instant().plus(PATIENCE);
    Map<DemoProject, HttpResponse<String>> refused = loader.round(DemoProject.readAll());
    while (!refused.isEmpty() && clock.instant().isBefore(deadline)) {
      pause.pause(PAUSE);
      refused = loader.round(List.copyOf(refused.keySet()));
    }
    for (Map.Entry<DemoProject, HttpResponse<String>> refusal : refused.entrySet()) {
      loader.report(
          refusal.getKey(),
          "not loaded: projects-service still did not know one of its organisations after "
              + PATIENCE.toSeconds()
              + " s (are partner events reaching it?)",
          refusal.getValue());
      loader.errors++;
    }
    return new Summary(loader.loaded, loader.alreadyThere, loader.errors);
  }

  /** Tries each project once; returns those refused for an organisation not known yet. */
  private Map<DemoProject, HttpResponse<String>> round(List<DemoProject> projects)
      throws IOException, InterruptedException {
    Map<DemoProject, HttpResponse<String>> refused = new LinkedHashMap<>();
    for (DemoProject project : projects) {
      Attempt attempt = loadOne(project);
      switch (attempt.outcome()) {
        case LOADED -> loaded++;
        case ALREADY_THERE -> alreadyThere++;
        case FAILED -> errors++;
        case UNKNOWN_ORGANISATION -> refused.put(project, attempt.refusal());
      }
    }
    return refused;
  }

  private record Attempt(Outcome outcome, HttpResponse<String> refusal) {
    static Attempt of(Outcome outcome) {
      return new Attempt(outcome, null);
    }
  }

  private Attempt loadOne(DemoProject project) throws IOException, InterruptedException {
    ObjectNode body;
    try {
      body = project.request(ids);
    } catch (IllegalArgumentException missing) {
      out.println(
          "demo data: project "
              + project.identifier()
              + " not loaded: it names demo organisation "
              + missing.getMessage()
              + ", which partners-service does not hold");
      return Attempt.of(Outcome.FAILED);
    }
    HttpResponse<String> created =
        http.post(projects, "demo-project-" + project.identifier(), body, null);
    int status = created.statusCode();
    if (status == 404 || status == 405) {
      throw new IOException(
          "projects-service answered "
              + status
              + " to POST "
              + projects
              + ": no projects API there");
    }
    if (status == 409) {
      // On create, the only conflict is an identifier already taken: for a DEMO identifier, by
      // an earlier run whose idempotency keys have expired.
      return Attempt.of(Outcome.ALREADY_THERE);
    }
    if (status >= 400 && namesAnOrganisation(created)) {
      return new Attempt(Outcome.UNKNOWN_ORGANISATION, created);
    }
    if (status >= 300) {
      report(project, "not loaded", created);
      return Attempt.of(Outcome.FAILED);
    }
    boolean replayed = DemoHttp.header(created, DemoData.REPLAYED_HEADER).isPresent();
    String id = DemoHttp.body(created).path("id").asText();
    if (!project.results().isEmpty() && (!replayed || hasNoResults(id))) {
      addResults(project, id, DemoHttp.header(created, "ETag").orElse(null));
    }
    return Attempt.of(replayed ? Outcome.ALREADY_THERE : Outcome.LOADED);
  }

  /** Whether the problem names an organisation id field: the one refusal worth waiting out. */
  private static boolean namesAnOrganisation(HttpResponse<String> response) {
    for (JsonNode error : DemoHttp.body(response).path("errors")) {
      String field = error.path("field").asText("").toLowerCase(Locale.ROOT);
      if (field.endsWith("organisationid")) {
        return true;
      }
    }
    return false;
  }

  /** A replayed create may come from a run stopped before its results: add them if missing. */
  private boolean hasNoResults(String id) throws IOException, InterruptedException {
    HttpResponse<String> results = http.get(URI.create(projects + "/" + id + "/results"));
    JsonNode body = DemoHttp.body(results);
    JsonNode items = body.isArray() ? body : body.path("items");
    return results.statusCode() == 200 && items.isEmpty();
  }

  private void addResults(DemoProject project, String id, String etag)
      throws IOException, InterruptedException {
    URI results = URI.create(projects + "/" + id + "/results");
    String version = etag;
    for (int i = 0; i < project.results().size(); i++) {
      if (version == null) {
        // Each result gives the project a new version: read the current one.
        version = DemoHttp.header(http.get(URI.create(projects + "/" + id)), "ETag").orElse(null);
      }
      String key = "demo-result-" + project.identifier() + "-" + i;
      HttpResponse<String> added = http.post(results, key, project.results().get(i), version);
      if (added.statusCode() >= 300) {
        report(project, "loaded, but its result " + (i + 1) + " was refused", added);
        errors++;
        return;
      }
      version = null;
    }
  }

  /** A 4xx is a mistake in the demo file, a 5xx one in the service; either way, say which. */
  private void report(DemoProject project, String what, HttpResponse<String> response) {
    StringBuilder line =
        new StringBuilder("demo data: project ")
            .append(project.identifier())
            .append(' ')
            .append(what)
            .append(": ")
            .append(response.statusCode())
            .append(' ')
            .append(DemoHttp.detail(response));
    for (JsonNode error : DemoHttp.body(response).path("errors")) {
      line.append("; ")
          .append(error.path("field").asText())
          .append(' ')
          .append(error.path("message").asText());
    }
    out.println(line);
  }
}
