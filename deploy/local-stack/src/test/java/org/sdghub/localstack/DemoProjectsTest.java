package org.sdghub.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The project loader against a stand-in of partners-service's organisation list and of
 * projects-service's API as their READMEs describe them (the real projects API is built
 * separately): what it sends, how it waits out organisations not known yet, and how a second run
 * adds nothing.
 */
class DemoProjectsTest {

  static {
    // The JDK's server otherwise waits on Nagle's algorithm for each small response.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
  private final Map<String, UUID> organisationIds = new HashMap<>();
  private final Map<String, ObjectNode> created = new ConcurrentHashMap<>();
  private final Map<String, Integer> results = new ConcurrentHashMap<>();
  private final Set<String> refuseOnce = ConcurrentHashMap.newKeySet();
  private final Set<String> neverKnown = ConcurrentHashMap.newKeySet();
  private final List<String> mistakes = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private String baseUrl;
  private int totalResults;

  @BeforeEach
  void start() throws IOException {
    for (DemoOrganisation organisation : DemoOrganisation.readAll()) {
      organisationIds.put(organisation.key(), UUID.randomUUID());
    }
    for (DemoProject project : DemoProject.readAll()) {
      totalResults += project.results().size();
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/v1/organisations", this::organisations);
    server.createContext("/api/v1/projects", this::projects);
    server.start();
    baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void everyProjectIsPostedWithOrganisationIdsAndItsResultsWithIfMatch() throws Exception {
    DemoProjects.Summary summary = load(Clock.systemUTC());

    int count = DemoProject.readAll().size();
    assertEquals(new DemoProjects.Summary(count, 0, 0), summary, printed.toString());
    assertEquals(List.of(), mistakes);
    assertEquals(count, created.size());
    assertEquals(totalResults, results.values().stream().mapToInt(Integer::intValue).sum());
    assertEquals("demo data: " + count + " projects loaded, 0 already there", summary.line());
  }

  @Test
  void aSecondRunLoadsNothingTwice() throws Exception {
    load(Clock.systemUTC());

    DemoProjects.Summary again = load(Clock.systemUTC());

    int count = DemoProject.readAll().size();
    assertEquals(new DemoProjects.Summary(0, count, 0), again, printed.toString());
    assertEquals(totalResults, results.values().stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void projectsRefusedForAnOrganisationNotKnownYetAreTriedAgain() throws Exception {
    List<DemoProject> projects = DemoProject.readAll();
    for (DemoProject project : projects.subList(0, 5)) {
      refuseOnce.add(project.identifier());
    }

    DemoProjects.Summary summary = load(Clock.systemUTC());

    assertEquals(new DemoProjects.Summary(projects.size(), 0, 0), summary, printed.toString());
  }

  @Test
  void anOrganisationStillUnknownAfterAMinuteIsReportedClearly() throws Exception {
    DemoProject stuck = DemoProject.readAll().get(3);
    neverKnown.add(stuck.identifier());

    DemoProjects.Summary summary = load(new SteppingClock(Duration.ofSeconds(7)));

    assertEquals(1, summary.errors());
    assertEquals(DemoProject.readAll().size() - 1, summary.loaded());
    String report = printed.toString();
    assertTrue(report.contains(stuck.identifier() + " not loaded"), report);
    assertTrue(report.contains("still did not know one of its organisations"), report);
    assertTrue(summary.line().endsWith("1 errors (above)"), summary.line());
  }

  @Test
  void aProjectsServiceWithoutTheProjectsApiStopsTheLoadWithOneMessage() {
    server.removeContext("/api/v1/projects");

    IOException refused = assertThrows(IOException.class, () -> load(Clock.systemUTC()));

    assertTrue(refused.getMessage().contains("no projects API there"), refused.getMessage());
    assertTrue(created.isEmpty());
  }

  private DemoProjects.Summary load(Clock clock) throws Exception {
    DemoHttp http = new DemoHttp(now -> "demo-token", Clock.systemUTC());
    return DemoProjects.load(http, baseUrl, baseUrl, out, clock, pause -> {});
  }

  private void organisations(HttpExchange exchange) throws IOException {
    ObjectNode page = DemoHttp.JSON.createObjectNode();
    ArrayNode items = page.putArray("items");
    for (DemoOrganisation organisation : DemoOrganisation.readAll()) {
      ObjectNode item = items.addObject();
      item.put("id", organisationIds.get(organisation.key()).toString());
      if (organisation.identifier() != null) {
        item.put("identifier", organisation.identifier().toLowerCase(Locale.ROOT));
      }
      item.set("name", organisation.profile().path("name"));
    }
    page.put("page", 0).put("size", 100).put("total", items.size());
    respond(exchange, 200, page, Map.of());
  }

  private void projects(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (!"Bearer demo-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      mistakes.add("no token on " + method + " " + path);
    }
    if (path.equals("/api/v1/projects") && method.equals("POST")) {
      createProject(exchange);
    } else if (path.endsWith("/results") && method.equals("POST")) {
      addResult(exchange, path.split("/")[4]);
    } else if (path.endsWith("/results")) {
      int count = results.getOrDefault(path.split("/")[4], 0);
      ObjectNode page = DemoHttp.JSON.createObjectNode();
      ArrayNode items = page.putArray("items");
      for (int i = 0; i < count; i++) {
        items.addObject();
      }
      respond(exchange, 200, page, Map.of());
    } else {
      String id = path.split("/")[4];
      respond(exchange, 200, DemoHttp.JSON.createObjectNode(), Map.of("ETag", etag(id)));
    }
  }

  private void createProject(HttpExchange exchange) throws IOException {
    JsonNode body = DemoHttp.JSON.readTree(exchange.getRequestBody());
    String identifier = body.path("iatiIdentifier").asText();
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    checkRequest(body, key);
    if (neverKnown.contains(identifier) || refuseOnce.remove(identifier)) {
      ObjectNode problem = DemoHttp.JSON.createObjectNode();
      problem.put("type", "https://sdghub.org/problems/invalid-input").put("status", 400);
      problem.put("detail", "The request is not valid");
      problem
          .putArray("errors")
          .addObject()
          .put("field", "participatingOrganisations[0].organisationId")
          .put("message", "is not a known organisation");
      respond(exchange, 400, problem, Map.of());
      return;
    }
    ObjectNode existing = created.get(key);
    if (existing != null) {
      respond(exchange, 201, existing, Map.of("Idempotent-Replayed", "true", "ETag", "\"0\""));
      return;
    }
    ObjectNode project = ((ObjectNode) body).deepCopy().put("id", UUID.randomUUID().toString());
    created.put(key, project);
    respond(exchange, 201, project, Map.of("ETag", "\"0\""));
  }

  private void checkRequest(JsonNode body, String key) {
    if (key == null || !key.contains(body.path("iatiIdentifier").asText())) {
      mistakes.add("Idempotency-Key " + key);
    }
    Set<String> known = new HashSet<>();
    organisationIds.values().forEach(id -> known.add(id.toString()));
    if (!known.contains(body.path("reportingOrganisationId").asText())
        || body.has("reportingOrganisation")
        || body.has("results")) {
      mistakes.add("body of " + key);
    }
    for (JsonNode participant : body.path("participatingOrganisations")) {
      if (!known.contains(participant.path("organisationId").asText())
          || participant.has("organisation")) {
        mistakes.add("participant of " + key + ": " + participant);
      }
    }
  }

  private void addResult(HttpExchange exchange, String id) throws IOException {
    String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
    if (!etag(id).equals(ifMatch)) {
      respond(exchange, 412, DemoHttp.JSON.createObjectNode(), Map.of());
      return;
    }
    results.merge(id, 1, Integer::sum);
    respond(exchange, 201, DemoHttp.JSON.createObjectNode(), Map.of());
  }

  /** The project's version: each result adds one. */
  private String etag(String id) {
    return "\"" + results.getOrDefault(id, 0) + "\"";
  }

  private static void respond(
      HttpExchange exchange, int status, JsonNode body, Map<String, String> headers)
      throws IOException {
    byte[] bytes = DemoHttp.JSON.writeValueAsBytes(body);
    headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  /** A clock that moves on by a step each time it is read, so that patience runs out at once. */
  private static final class SteppingClock extends Clock {
    private final Duration step;
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    SteppingClock(Duration step) {
      this.step = step;
    }

    @Override
    public Instant instant() {
      now = now.plus(step);
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
