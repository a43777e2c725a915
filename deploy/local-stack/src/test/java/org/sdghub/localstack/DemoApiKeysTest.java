package org.sdghub.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The role keys against a stand-in of the gateway's {@code POST /api/v1/api-keys} as its README
 * describes it: what is asked for, with which credentials, and that a run on kept data reuses the
 * keys instead of issuing new ones.
 */
class DemoApiKeysTest {

  private static final String COORDINATOR_KEY = "sdghub_coordinator-of-the-test";

  private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  private final List<String> mistakes = new CopyOnWriteArrayList<>();
  private final Map<String, UUID> ids =
      Map.of("UNDP", UUID.randomUUID(), "EU-INTPA", UUID.randomUUID());
  private HttpServer server;
  private String baseUrl;
  private int status = 201;

  @TempDir Path keys;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/v1/api-keys", this::issue);
    server.start();
    baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aPartnerADonorAndAViewerKeyAreIssuedByTheCoordinatorForTheirOrganisations()
      throws Exception {
    List<DemoApiKeys.RoleKey> issued = loader().issue(ids);

    assertEquals(List.of(), mistakes);
    assertEquals(
        List.of("partner", "donor", "viewer"), issued.stream().map(k -> k.role()).toList());
    assertEquals(ids.get("UNDP").toString(), requests.get(0).path("organisationId").asText());
    assertEquals("partner", requests.get(0).path("roles").get(0).asText());
    assertEquals(ids.get("EU-INTPA").toString(), requests.get(1).path("organisationId").asText());
    assertEquals(
        DemoToken.REGIONAL_CENTRE.toString(), requests.get(2).path("organisationId").asText());
    assertEquals("sdghub_issued-" + ids.get("UNDP"), issued.get(0).key());
  }

  @Test
  void aRunOnKeptDataPrintsTheSameKeysWithoutIssuingMore() throws Exception {
    List<DemoApiKeys.RoleKey> first = loader().issue(ids);

    List<DemoApiKeys.RoleKey> again = loader().issue(ids);

    assertEquals(first, again);
    assertEquals(3, requests.size(), "no key issued on the second run");
    Path file = keys.resolve("demo-api-keys.properties");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void anOrganisationThatWasNotLoadedGetsNoKey() throws Exception {
    List<DemoApiKeys.RoleKey> issued = loader().issue(Map.of());

    assertEquals(List.of("viewer"), issued.stream().map(k -> k.role()).toList());
  }

  @Test
  void aRefusedKeyIsReportedWithTheGatewaysAnswer() {
    status = 400;

    IOException e = assertThrows(IOException.class, () -> loader().issue(ids));

    assertTrue(e.getMessage().contains("400"), e.getMessage());
    assertTrue(e.getMessage().contains("partner agency (UNDP)"), e.getMessage());
  }

  private DemoApiKeys loader() {
    return new DemoApiKeys(new DemoHttp(now -> COORDINATOR_KEY, Clock.systemUTC()), baseUrl, keys);
  }

  private void issue(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!("Bearer " + COORDINATOR_KEY)
          .equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        mistakes.add("not the coordinator's key");
      }
      if (exchange.getRequestHeaders().containsKey("Idempotency-Key")) {
        mistakes.add("an Idempotency-Key, which the gateway refuses on this POST");
      }
      JsonNode request = DemoHttp.JSON.readTree(exchange.getRequestBody());
      requests.add(request);
      String body =
          status == 201
              ? "{\"key\":\"sdghub_issued-" + request.path("organisationId").asText() + "\"}"
              : "{\"status\":400,\"title\":\"Bad Request\",\"detail\":\"roles: unknown\"}";
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }
}
