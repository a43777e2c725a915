package org.sdghub.bench;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A donor system's webhook endpoint for the bench: a plain Vert.x server on loopback that answers
 * every POST with 204 at once, counts what arrives, and notes when each transaction's message came
 * (by the transaction id in the message's data), so that the time from a {@code 201} to the arrival
 * of its webhook can be measured in one JVM, on one clock.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One message as it arrived, kept so that a load tool can send the very same request. */
  record Sample(Map<String, String> headers, String body) {}

  private final Vertx vertx = Vertx.vertx();
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong firstNanos = new AtomicLong();
  private final AtomicLong lastNanos = new AtomicLong();
  private final Map<String, Long> arrivalByTransaction = new ConcurrentHashMap<>();
  private final AtomicReference<Sample> sample = new AtomicReference<>();
  private HttpServer server;

  private WebhookReceiver() {}

  /** Starts listening on a free loopback port. */
  static WebhookReceiver start() throws IOException {
    WebhookReceiver receiver = new WebhookReceiver();
    try {
      receiver.server =
          receiver
              .vertx
              .createHttpServer()
              .requestHandler(receiver::handle)
              .listen(0, "127.0.0.1")
              .toCompletionStage()
              .toCompletableFuture()
              .get(10, TimeUnit.SECONDS);
      return receiver;
    } catch (Exception e) {
      receiver.close();
      throw new IOException("The webhook receiver did not start: " + e.getMessage(), e);
    }
  }

  /** Where donors' subscriptions point: {@code http://127.0.0.1:<port>/hooks/<name>}. */
  String url(String name) {
    return "http://127.0.0.1:" + port() + "/hooks/" + name;
  }

  int port() {
    return server.actualPort();
  }

  long received() {
    return received.get();
  }

  /** Forgets what arrived so far, before a run. */
  void reset() {
    received.set(0);
    firstNanos.set(0);
    lastNanos.set(0);
    arrivalByTransaction.clear();
  }

  /** {@code System.nanoTime()} of the first and last arrival since {@link #reset}. */
  long firstNanos() {
    return firstNanos.get();
  }

  long lastNanos() {
    return lastNanos.get();
  }

  /** When the first message about this transaction arrived, if it did. */
  Long arrivalOf(String transactionId) {
    return arrivalByTransaction.get(transactionId);
  }

  /** The last message that arrived, headers and body. */
  Sample sample() {
    return sample.get();
  }

  private void handle(HttpServerRequest request) {
    request.body(
        body -> {
          long now = System.nanoTime();
          if (body.succeeded()) {
            note(request, body.result().toString(), now);
          }
          request.response().setStatusCode(204).end();
        });
  }

  private void note(HttpServerRequest request, String body, long now) {
    firstNanos.compareAndSet(0, now);
    lastNanos.set(now);
    received.incrementAndGet();
    try {
      JsonObject data = new JsonObject(body).getJsonObject("data");
      String id = data == null ? null : data.getString("id");
      if (id != null) {
        arrivalByTransaction.putIfAbsent(id, now);
      }
    } catch (DecodeException | ClassCastException notOurs) {
      // Counted all the same; the bench only reads ids out of well-formed messages.
    }
    Map<String, String> headers = new ConcurrentHashMap<>();
    request.headers().forEach(h -> headers.put(h.getKey(), h.getValue()));
    sample.set(new Sample(headers, body));
  }

  @Override
  public void close() {
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }
}
