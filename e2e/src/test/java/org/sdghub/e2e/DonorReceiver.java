package org.sdghub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A donor's webhook endpoint on loopback: verifies every delivery with the Standard Webhooks
 * library and the subscription's {@code whsec_} secret (as the donor's own system would, not with
 * funding-service's signer), records what it verified, and answers 204 — or 503 to the first
 * attempt of each message when asked to, so that funding-service has to retry.
 */
final class DonorReceiver implements AutoCloseable {

  /** One verified delivery: the message's {@code webhook-id}, its event type and subject. */
  record Delivery(String webhookId, String type, String subject) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final boolean failFirstAttempts;
  private final List<Delivery> verified = new CopyOnWriteArrayList<>();
  private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();
  private final AtomicInteger refused = new AtomicInteger();
  private volatile Webhook webhook;

  private DonorReceiver(HttpServer server, boolean failFirstAttempts) {
    this.server = server;
    this.failFirstAttempts = failFirstAttempts;
  }

  /** Listens on a free loopback port; {@code failFirstAttempts}: answer 503 to each first try. */
  static DonorReceiver start(boolean failFirstAttempts) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    DonorReceiver receiver = new DonorReceiver(server, failFirstAttempts);
    server.createContext("/webhooks", receiver::receive);
    server.start();
    return receiver;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
  }

  /** Verifies what arrives with the subscription's secret, as its creation answered it. */
  void trust(String secret) {
    webhook = new Webhook(secret);
  }

  List<Delivery> verified() {
    return List.copyOf(verified);
  }

  /** The distinct webhook-ids of the verified deliveries about {@code subject}. */
  Set<String> messageIdsAbout(String subject) {
    return verified.stream()
        .filter(delivery -> subject.equals(delivery.subject()))
        .map(Delivery::webhookId)
        .collect(Collectors.toSet());
  }

  long deliveriesOf(String webhookId) {
    return verified.stream().filter(d -> d.webhookId().equals(webhookId)).count();
  }

  boolean failedOnce(String webhookId) {
    return failedOnce.contains(webhookId);
  }

  /** Deliveries whose signature did not verify. */
  int refused() {
    return refused.get();
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String id = exchange.getRequestHeaders().getFirst("webhook-id");
      Webhook trusted = webhook;
      try {
        if (trusted == null) {
          throw new WebhookVerificationException("no secret trusted yet");
        }
        trusted.verify(body, exchange.getRequestHeaders());
      } catch (WebhookVerificationException e) {
        refused.incrementAndGet();
        exchange.sendResponseHeaders(401, -1);
        return;
      }
      if (failFirstAttempts && failedOnce.add(id)) {
        exchange.sendResponseHeaders(503, -1);
        return;
      }
      JsonNode message = JSON.readTree(body);
      verified.add(
          new Delivery(id, message.path("type").asText(), message.path("subject").asText()));
      exchange.sendResponseHeaders(204, -1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
