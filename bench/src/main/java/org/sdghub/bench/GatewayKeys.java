package org.sdghub.bench;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * API keys a coordinator issues through a running gateway, as for any internal tool: with a rate
 * limit high enough for a bench's load, so the gateway's rate limiting can stay on.
 */
final class GatewayKeys {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private GatewayKeys() {}

  /** A new coordinator key of {@code organisation}, issued with {@code coordinatorKey}. */
  static String issue(URI gateway, String coordinatorKey, UUID organisation)
      throws IOException, InterruptedException {
    return issue(gateway, coordinatorKey, organisation, "coordinator", "bench load", 100_000);
  }

  /** A new key of {@code organisation} with one role, a name and its own rate limit. */
  static String issue(
      URI gateway,
      String coordinatorKey,
      UUID organisation,
      String role,
      String name,
      int requestsPerMinute)
      throws IOException, InterruptedException {
    String body =
        String.format(
            "{\"organisationId\":\"%s\",\"name\":\"%s\","
                + "\"roles\":[\"%s\"],\"requestsPerMinute\":%d}",
            organisation, name, role, requestsPerMinute);
    HttpResponse<String> issued =
        HTTP.send(
            HttpRequest.newBuilder(gateway.resolve("/api/v1/api-keys"))
                .header("Authorization", "Bearer " + coordinatorKey)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (issued.statusCode() != 201) {
      throw new IOException(
          "The gateway issued no key: " + issued.statusCode() + " " + issued.body());
    }
    return new JsonObject(issued.body()).getString("key");
  }
}
