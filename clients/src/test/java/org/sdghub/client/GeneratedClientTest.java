package org.sdghub.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdghub.client.model.Problem;
import org.sdghub.client.model.ProjectView;
import org.sdghub.client.model.WhoWhatWhereGroup;

/**
 * The generated Java client against a tiny HTTP server on loopback: the headers callers rely on go
 * out, and a problem answer comes back as an exception with its status and detail.
 */
class GeneratedClientTest {

  private static final String KEY = "sdghub_test-key-for-the-generated-client-000000000";
  private static final UUID PROJECT = UUID.fromString("0b9c3e4f-5a6b-4c7d-8e9f-1a2b3c4d5e6f");
  private static final UUID UNDP = UUID.fromString("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f");

  /** What the server received. */
  private record Received(String method, URI uri, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> String.join(",", e.getValue()))
          .findFirst()
          .orElse(null);
    }
  }

  /** What the server answers next. */
  private record Answer(int status, String contentType, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Answer next;
  private HttpServer server;
  private ApiClient client;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
    client = SdgHub.client(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), KEY);
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void everyCallSendsTheApiKeyAsABearerTokenAndTheFiltersAsQueryParameters() throws Exception {
    next = json(200, "{\"items\": [], \"page\": 0, \"size\": 50, \"total\": 0}");
    new ClientUsage(client).unAgenciesInKazakhstan();
    Received call = received.get(0);
    assertEquals("GET", call.method());
    assertEquals("/api/v1/organisations", call.uri().getPath());
    assertEquals("Bearer " + KEY, call.header("Authorization"));
    String query = call.uri().getRawQuery();
    for (String filter :
        List.of("country=KZ", "kind=un-entity", "status=active", "size=50", "sort=name%2Casc")) {
      assertTrue(query.contains(filter), filter + " missing from " + query);
    }
  }

  @Test
  void createSendsTheIdempotencyKeyAndUpdateSendsIfMatchWithTheVersionRead() throws Exception {
    ClientUsage usage = new ClientUsage(client);
    next = json(201, project(0));
    ProjectView created = usage.createProject(ClientUsage.aralSeaProject(UNDP), "create-aral-1");
    next = json(200, project(1));
    ProjectView updated =
        usage.retitle(created, ClientUsage.aralSeaProject(UNDP), "Aral Sea basin, phase 2");

    Received create = received.get(0);
    assertEquals("POST", create.method());
    assertEquals("/api/v1/projects", create.uri().getPath());
    assertEquals("create-aral-1", create.header("Idempotency-Key"));
    assertEquals("Bearer " + KEY, create.header("Authorization"));
    assertTrue(create.body().contains("\"iatiIdentifier\":\"XM-DAC-41114-KZ-00123\""));
    Received update = received.get(1);
    assertEquals("PUT", update.method());
    assertEquals("/api/v1/projects/" + PROJECT, update.uri().getPath());
    assertEquals("\"0\"", update.header("If-Match"));
    assertTrue(update.body().contains("Aral Sea basin, phase 2"), update.body());
    assertEquals(1L, updated.getVersion());
  }

  @Test
  void aFundingTransactionIsRecordedWithItsIdempotencyKey() throws Exception {
    next = json(201, "{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"3\", \"version\": 0}");
    new ClientUsage(client).recordDisbursement(PROJECT, UNDP, UNDP, "disbursement-0001");
    Received call = received.get(0);
    assertEquals("/api/v1/funding/transactions", call.uri().getPath());
    assertEquals("disbursement-0001", call.header("Idempotency-Key"));
    assertTrue(call.body().contains("\"valueDate\":\"2025-03-01\""), call.body());
    assertTrue(call.body().contains("\"amount\":\"250000.00\""), call.body());
  }

  @Test
  void theGroupedWhoWhatWhereComesBackTyped() throws Exception {
    next =
        json(
            200,
            "{\"groupBy\": [\"country\", \"sdgGoal\"], \"groups\": [{\"key\": {\"country\":"
                + " \"KZ\", \"sdgGoal\": 6}, \"projects\": 3, \"organisations\": 2, \"budgetUsd\":"
                + " 1500000.5, \"projectsWithoutUsdBudget\": 0}], \"asOf\":"
                + " \"2025-06-30T10:00:00Z\", \"topics\": []}");
    List<WhoWhatWhereGroup> groups = new ClientUsage(client).waterByCountryAndGoal();
    assertEquals(3L, groups.get(0).getProjects());
    assertEquals("KZ", groups.get(0).getKey().get("country"));
    String query = received.get(0).uri().getRawQuery();
    assertTrue(query.contains("groupBy=country%2CsdgGoal"), query);
    assertTrue(query.contains("activeOn=2025-06-30"), query);
    assertTrue(received.get(0).header("Accept").startsWith("application/json"));
  }

  @Test
  void aProblemAnswerSurfacesAsAnExceptionWithItsStatusAndDetail() {
    next =
        new Answer(
            412,
            "application/problem+json",
            "{\"type\": \"https://sdghub.org/problems/stale-version\", \"title\": \"Stale"
                + " version\", \"status\": 412, \"detail\": \"The project is at version 4, not"
                + " 3\"}");
    ApiException failure =
        assertThrows(
            ApiException.class,
            () ->
                new ClientUsage(client)
                    .retitle(
                        new ProjectView().id(PROJECT).version(3L),
                        ClientUsage.aralSeaProject(UNDP),
                        "late"));
    assertEquals(412, failure.getCode());
    Problem problem = SdgHub.problem(client, failure).orElseThrow();
    assertEquals(412, problem.getStatus());
    assertEquals("The project is at version 4, not 3", problem.getDetail());
  }

  @Test
  void aFailureWithoutAProblemBodyHasNoProblem() {
    next = new Answer(502, "text/plain", "bad gateway");
    ApiException failure =
        assertThrows(ApiException.class, () -> new ClientUsage(client).unAgenciesInKazakhstan());
    assertEquals(502, failure.getCode());
    assertTrue(SdgHub.problem(client, failure).isEmpty());
  }

  private static Answer json(int status, String body) {
    return new Answer(status, "application/json", body);
  }

  private static String project(long version) {
    return "{\"id\": \""
        + PROJECT
        + "\", \"version\": "
        + version
        + ", \"title\": {\"en\": \"x\"}}";
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI(),
            Map.copyOf(exchange.getRequestHeaders()),
            body));
    Answer answer = next;
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", answer.contentType());
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
