package org.sdghub.funding;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A donor system's endpoint in the test: a real HTTP server on loopback that records every request
 * and answers each endpoint with the replies a test scripts (then 200).
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One request as it arrived. */
  public record Received(String path, Map<String, String> headers, String body, long atNanos) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** A scripted reply. */
  public record Reply(int status, Map<String, String> headers) {
    public static Reply of(int status) {
      return new Reply(status, Map.of());
    }
  }

  private final HttpServer server;
  private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private WebhookReceiver(Vertx vertx) throws Exception {
    this.server =
        vertx
            .createHttpServer()
            .requestHandler(this::handle)
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
  }

  public static WebhookReceiver start(Vertx vertx) {
    try {
      return new WebhookReceiver(vertx);
    } catch (Exception e) {
      throw new IllegalStateException("The test receiver did not start", e);
    }
  }

  /** A new endpoint of its own, answering with these replies first. */
  public String endpoint(Reply... replies) {
    String path = "/hooks/" + UUID.randomUUID();
    scripts.put(path, new ArrayDeque<>(List.of(replies)));
    return path;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.actualPort() + path;
  }

  /** What arrived at this endpoint, in order. */
  public List<Received> at(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  /** What arrived at this endpoint with this webhook-id. */
  public List<Received> at(String path, String webhookId) {
    return at(path).stream().filter(r -> webhookId.equals(r.header("webhook-id"))).toList();
  }

  /** The first arrival at the endpoint whose body has this event id. */
  public Optional<Received> event(String path, UUID eventId) {
    return at(path).stream().filter(r -> r.body().contains(eventId.toString())).findFirst();
  }

  private void handle(HttpServerRequest request) {
    long at = System.nanoTime();
    String path = request.path();
    request
        .body()
        .onSuccess(
            body -> {
              Map<String, String> headers =
                  request.headers().entries().stream()
                      .collect(
                          Collectors.toMap(
                              e -> e.getKey().toLowerCase(Locale.ROOT),
                              Map.Entry::getValue,
                              (a, b) -> a + "," + b));
              received.add(new Received(path, headers, body.toString(StandardCharsets.UTF_8), at));
              Deque<Reply> script = scripts.get(path);
              Reply reply = script == null ? null : script.poll();
              reply = reply == null ? Reply.of(200) : reply;
              reply.headers().forEach(request.response()::putHeader);
              request.response().setStatusCode(reply.status()).end("answer " + reply.status());
            });
  }

  @Override
  public void close() {
    server.close();
  }
}
