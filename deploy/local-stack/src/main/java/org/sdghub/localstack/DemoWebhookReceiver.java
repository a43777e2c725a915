package org.sdghub.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A donor's system in miniature, for the local stack: it receives the demo subscriptions' webhooks
 * on loopback, checks each one's signature with the Standard Webhooks library (as a donor's own
 * system would, independently of funding-service's signer), answers 204 to a verified delivery and
 * 401 to any other, and writes one line per delivery to its log.
 */
final class DemoWebhookReceiver implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, Webhook> secrets = new ConcurrentHashMap<>();
  private final PrintWriter log;
  private final Path logFile;
  private final AtomicLong verified = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();

  private DemoWebhookReceiver(HttpServer server, Path logFile) throws IOException {
    this.server = server;
    this.logFile = logFile;
    Files.createDirectories(logFile.getParent());
    this.log =
        new PrintWriter(
            Files.newBufferedWriter(
                logFile,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND),
            true);
  }

  /** Listens on a free loopback port, logging to {@code logFile}. */
  static DemoWebhookReceiver start(Path logFile) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    DemoWebhookReceiver receiver = new DemoWebhookReceiver(server, logFile);
    server.createContext("/webhooks/", receiver::receive);
    server.start();
    return receiver;
  }

  /** The URL a subscription for {@code name} points at. */
  String url(String name) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/" + name;
  }

  /** Verifies what arrives for {@code name} with its subscription's {@code whsec_} secret. */
  void trust(String name, String secret) {
    secrets.put(name, new Webhook(secret));
  }

  long verified() {
    return verified.get();
  }

  long refused() {
    return refused.get();
  }

  Path logFile() {
    return logFile;
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      String name = exchange.getRequestURI().getPath().substring("/webhooks/".length());
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Webhook webhook = secrets.get(name);
      String id = exchange.getRequestHeaders().getFirst("webhook-id");
      try {
        if (webhook == null) {
          throw new WebhookVerificationException("no subscription named " + name);
        }
        webhook.verify(body, exchange.getRequestHeaders());
        verified.incrementAndGet();
        log.printf("%s %s verified %s %s%n", Instant.now(), name, id, describe(body));
        exchange.sendResponseHeaders(204, -1);
      } catch (WebhookVerificationException e) {
        refused.incrementAndGet();
        log.printf("%s %s REFUSED %s: %s%n", Instant.now(), name, id, e.getMessage());
        exchange.sendResponseHeaders(401, -1);
      }
    }
  }

  private static String describe(String body) {
    try {
      JsonNode message = DemoHttp.JSON.readTree(body);
      return message.path("type").asText("?") + " " + message.path("subject").asText("");
    } catch (IOException e) {
      return "(not JSON)";
    }
  }

  @Override
  public void close() {
    server.stop(0);
    log.close();
  }
}
