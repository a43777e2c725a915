package org.sdghub.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.sdghub.gateway.config.GatewayConfig;

/**
 * The services' own OpenAPI documents, fetched from their {@code /q/openapi} and reused for a
 * while; a service that cannot be asked keeps its last document, if it ever gave one.
 */
@ApplicationScoped
public class ServiceDocuments {

  private static final Logger LOG = Logger.getLogger(ServiceDocuments.class);
  private static final String DOCUMENT = "/q/openapi?format=json";

  private record Fetched(ObjectNode document, long atNanos) {}

  private final ServiceRoutes routes;
  private final ServiceCalls calls;
  private final ObjectMapper json;
  private final Duration refreshEvery;
  private final Duration timeout;
  private final Map<String, Fetched> latest = new ConcurrentHashMap<>();

  ServiceDocuments(
      ServiceRoutes routes, ServiceCalls calls, ObjectMapper json, GatewayConfig config) {
    this.routes = routes;
    this.calls = calls;
    this.json = json;
    this.refreshEvery = config.openapi().refreshEvery();
    this.timeout = config.openapi().fetchTimeout();
  }

  /** Each service's latest document, by service; a service that never answered is absent. */
  public Future<Map<Upstream, ObjectNode>> current() {
    List<Future<Void>> refreshing = new ArrayList<>();
    for (Upstream upstream : routes.upstreams()) {
      if (isStale(latest.get(upstream.name()))) {
        refreshing.add(refresh(upstream));
      }
    }
    return Future.join(refreshing).transform(done -> Future.succeededFuture(snapshot()));
  }

  private Future<Void> refresh(Upstream upstream) {
    return calls
        .get(upstream, DOCUMENT, timeout)
        .map(answer -> parse(upstream, answer))
        .onSuccess(
            document -> latest.put(upstream.name(), new Fetched(document, System.nanoTime())))
        .onFailure(
            failure ->
                LOG.debugf("No OpenAPI document from %s: %s", upstream.name(), failure.toString()))
        .mapEmpty();
  }

  private ObjectNode parse(Upstream upstream, ServiceCalls.Answer answer) {
    if (answer.status() != 200) {
      throw new IllegalStateException(upstream.name() + " answered " + answer.status());
    }
    try {
      JsonNode document = json.readTree(answer.body().getBytes());
      if (!(document instanceof ObjectNode object) || !document.has("openapi")) {
        throw new IllegalStateException(upstream.name() + " sent no OpenAPI document");
      }
      return object;
    } catch (IOException e) {
      throw new IllegalStateException(upstream.name() + " sent malformed JSON", e);
    }
  }

  private boolean isStale(Fetched fetched) {
    return fetched == null || System.nanoTime() - fetched.atNanos() > refreshEvery.toNanos();
  }

  private Map<Upstream, ObjectNode> snapshot() {
    Map<Upstream, ObjectNode> documents = new LinkedHashMap<>();
    for (Upstream upstream : routes.upstreams()) {
      Fetched fetched = latest.get(upstream.name());
      if (fetched != null) {
        documents.put(upstream, fetched.document());
      }
    }
    return documents;
  }
}
