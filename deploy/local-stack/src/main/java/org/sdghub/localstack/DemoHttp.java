package org.sdghub.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The demo loaders' calls to a service's API, as the Regional Centre's coordinator: JSON in and
 * out, a token minted with the run's key and minted again before it expires, and readable problems.
 */
final class DemoHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Duration RENEW_AFTER = DemoToken.LIFETIME.minusMinutes(1);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final TokenSource tokens;
  private final Clock clock;
  private String token;
  private Instant mintedAt;

  /** Mints tokens; the run's private key in production, anything in tests. */
  interface TokenSource {
    String mint(Instant now) throws IOException;
  }

  DemoHttp(TokenSource tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  /** Calls with coordinator tokens signed by the run's private key. */
  static DemoHttp withKey(Path privateKey) {
    return new DemoHttp(now -> DemoToken.mint(privateKey, now), Clock.systemUTC());
  }

  /** Calls as {@code organisation} in {@code role}, with tokens signed by the run's private key. */
  static DemoHttp as(Path privateKey, UUID organisation, String role) {
    return new DemoHttp(
        now -> DemoToken.mint(privateKey, now, organisation, role), Clock.systemUTC());
  }

  /**
   * POSTs {@code body} as JSON, with an {@code Idempotency-Key} unless null (for the POSTs that do
   * not take one) and, if given, an If-Match.
   */
  HttpResponse<String> post(URI uri, String idempotencyKey, JsonNode body, String ifMatch)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        request(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request.build());
  }

  /** POSTs a text body (a CSV upload, say) of {@code contentType}, without Idempotency-Key. */
  HttpResponse<String> postText(URI uri, String contentType, String body)
      throws IOException, InterruptedException {
    return send(
        request(uri)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** DELETEs with the given If-Match. */
  HttpResponse<String> delete(URI uri, String ifMatch) throws IOException, InterruptedException {
    return send(request(uri).header("If-Match", ifMatch).DELETE().build());
  }

  HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return send(request(uri).GET().build());
  }

  /** The response body as JSON, or an empty object when it is not JSON. */
  static JsonNode body(HttpResponse<String> response) {
    try {
      JsonNode body = JSON.readTree(response.body());
      return body == null ? JSON.createObjectNode() : body;
    } catch (IOException notJson) {
      return JSON.createObjectNode();
    }
  }

  /** The problem's {@code detail}, else the body, for a message. */
  static String detail(HttpResponse<String> response) {
    String detail = body(response).path("detail").asText("");
    if (!detail.isEmpty()) {
      return detail;
    }
    return response.body().isBlank() ? "(no detail)" : response.body();
  }

  /** The problem's {@code type}, or "" when the response is not a problem. */
  static String problemType(HttpResponse<String> response) {
    return body(response).path("type").asText("");
  }

  static Optional<String> header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name);
  }

  private HttpRequest.Builder request(URI uri) throws IOException {
    return HttpRequest.newBuilder(uri)
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + currentToken())
        .header("Accept", "application/json");
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw new IOException(
          request.uri().getAuthority() + " refused the demo loader's token: " + detail(response));
    }
    return response;
  }

  private String currentToken() throws IOException {
    Instant now = clock.instant();
    if (token == null || Duration.between(mintedAt, now).compareTo(RENEW_AFTER) > 0) {
      token = tokens.mint(now);
      mintedAt = now;
    }
    return token;
  }
}
