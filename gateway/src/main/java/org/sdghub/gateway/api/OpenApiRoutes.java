package org.sdghub.gateway.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.sdghub.gateway.client.ServiceDocuments;
import org.sdghub.gateway.client.Upstream;
import org.sdghub.gateway.config.GatewayConfig;
import org.sdghub.gateway.service.OpenApiMerger;

/**
 * Serves the unified OpenAPI document at {@code /q/openapi} (YAML, or JSON with {@code
 * ?format=json} or {@code Accept: application/json}) in place of the gateway's own, which becomes
 * one of its sources; Swagger UI at {@code /q/swagger-ui} reads it from there.
 */
@ApplicationScoped
public class OpenApiRoutes {

  /** Ahead of Quarkus's own handler for the same path. */
  private static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1;

  private static final String DEFAULT_DOCUMENT = "<default>";
  private static final List<String> PATHS =
      List.of("/q/openapi", "/q/openapi.json", "/q/openapi.yaml", "/q/openapi.yml");

  private final ServiceDocuments documents;
  private final OpenApiMerger merger;
  private final OpenApiDocumentService ownDocuments;
  private final ObjectMapper json;
  private final YAMLMapper yaml = new YAMLMapper();
  private final Optional<URI> publicUrl;
  private volatile ObjectNode own;
  private volatile Rendered rendered;
  private final AtomicLong renders = new AtomicLong();

  OpenApiRoutes(
      ServiceDocuments documents,
      OpenApiMerger merger,
      OpenApiDocumentService ownDocuments,
      ObjectMapper json,
      GatewayConfig config) {
    this.documents = documents;
    this.merger = merger;
    this.ownDocuments = ownDocuments;
    this.json = json;
    this.publicUrl = config.publicUrl();
  }

  void install(@Observes Router router) {
    PATHS.forEach(path -> router.get(path).order(ORDER).handler(this::serve));
  }

  private void serve(RoutingContext context) {
    boolean asJson = wantsJson(context);
    documents
        .current()
        .compose(services -> rendered(context, services))
        .onSuccess(document -> reply(context, asJson ? document.json() : document.yaml(), asJson))
        .onFailure(context::fail);
  }

  /**
   * The merged document, rendered once per change of the services' documents and off the event
   * loop: a request for an unchanged document only writes out bytes already made.
   */
  private Future<Rendered> rendered(RoutingContext context, Map<Upstream, ObjectNode> services) {
    Rendered current = rendered;
    if (current != null && current.isOf(services)) {
      return Future.succeededFuture(current);
    }
    return context
        .vertx()
        .executeBlocking(
            () -> {
              renders.incrementAndGet();
              ObjectNode document = merged(services, serverUrl());
              Rendered made =
                  new Rendered(
                      Map.copyOf(services),
                      json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document),
                      yaml.writeValueAsBytes(document));
              rendered = made;
              return made;
            },
            false);
  }

  private ObjectNode merged(Map<Upstream, ObjectNode> services, String server) {
    List<OpenApiMerger.Source> sources =
        services.entrySet().stream()
            .map(e -> OpenApiMerger.Source.of(e.getKey(), e.getValue()))
            .toList();
    return merger.merge(new OpenApiMerger.Source("gateway", own(), path -> true), sources, server);
  }

  private static void reply(RoutingContext context, byte[] body, boolean asJson) {
    context
        .response()
        .putHeader(
            HttpHeaders.CONTENT_TYPE,
            (asJson ? "application/json" : "application/yaml") + ";charset=UTF-8")
        .end(Buffer.buffer(body));
  }

  /** How many times the merged document was rendered since start. */
  long renders() {
    return renders.get();
  }

  /** A merged document as bytes, and the services' documents it was made of. */
  private record Rendered(Map<Upstream, ObjectNode> sources, byte[] json, byte[] yaml) {

    /** Whether it was made of exactly these documents (the very same fetched copies). */
    boolean isOf(Map<Upstream, ObjectNode> services) {
      if (services.size() != sources.size()) {
        return false;
      }
      for (Map.Entry<Upstream, ObjectNode> service : services.entrySet()) {
        if (sources.get(service.getKey()) != service.getValue()) {
          return false;
        }
      }
      return true;
    }
  }

  /** The gateway's own document: built once at startup by Quarkus, so read once. */
  private ObjectNode own() {
    ObjectNode document = own;
    if (document == null) {
      try {
        document =
            (ObjectNode) json.readTree(ownDocuments.getDocument(DEFAULT_DOCUMENT, Format.JSON));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      own = document;
    }
    return document;
  }

  private static boolean wantsJson(RoutingContext context) {
    String format = context.request().getParam("format");
    if (format != null) {
      return format.equalsIgnoreCase("json");
    }
    String path = context.request().path();
    if (path.endsWith(".json") || path.endsWith(".yaml") || path.endsWith(".yml")) {
      return path.endsWith(".json");
    }
    String accept = context.request().getHeader(HttpHeaders.ACCEPT);
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("json");
  }

  private String serverUrl() {
    // Relative to where the document is served unless configured: never the caller's Host.
    return publicUrl.map(URI::toString).orElse("/");
  }
}
