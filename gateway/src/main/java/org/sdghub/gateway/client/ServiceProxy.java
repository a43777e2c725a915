package org.sdghub.gateway.client;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sdghub.gateway.config.GatewayConfig;

/**
 * Forwards a request to the service behind a route with Vert.x's HTTP proxy, streaming both bodies,
 * and turns a service that cannot answer into a 502, 503 or 504 problem.
 */
@ApplicationScoped
public class ServiceProxy {

  /** Headers that concern one connection, not the exchange: never passed on. */
  private static final List<String> HOP_BY_HOP =
      List.of("Connection", "Keep-Alive", "Proxy-Connection", "TE", "Trailer", "Upgrade");

  private final Map<String, HttpClient> clients = new HashMap<>();
  private final ForwardedHeaders headers;
  private final Optional<URI> publicUrl;

  ServiceProxy(Vertx vertx, ServiceRoutes routes, ForwardedHeaders headers, GatewayConfig config) {
    this.headers = headers;
    this.publicUrl = config.publicUrl();
    GatewayConfig.Proxy settings = config.proxy();
    for (Upstream upstream : routes.upstreams()) {
      clients.put(upstream.name(), client(vertx, upstream, settings));
    }
  }

  /**
   * Forwards the request with this token; the future fails with an {@link UpstreamFailure} when no
   * response could be started, and with the cause when one broke off midway.
   */
  public Future<Void> forward(
      RoutingContext context, Upstream upstream, String token, String requestId) {
    HttpServerRequest in = context.request();
    ProxyRequest out = ProxyRequest.reverseProxy(in);
    out.setURI(target(context));
    // The service sees its own authority, never the caller's Host: what it builds from it
    // (a Location) points into the service, and is rewritten to the public URL below.
    out.setAuthority(HostAndPort.create(upstream.host(), upstream.port()));
    headers.prepare(in, out.headers(), token, requestId);
    Buffer alreadyRead = context.body().buffer();
    if (alreadyRead != null) {
      // A body of unknown length was read to check its size: send what was read.
      out.setBody(Body.body(alreadyRead));
    }
    RequestOptions options =
        new RequestOptions()
            .setHost(upstream.host())
            .setPort(upstream.port())
            .setSsl(upstream.isTls())
            .setIdleTimeout(upstream.responseTimeout().toMillis());
    return clients
        .get(upstream.name())
        .request(options)
        .compose(out::send)
        .recover(failure -> notAnswered(out, upstream, failure))
        .compose(response -> respond(response, upstream, in));
  }

  private Future<Void> respond(ProxyResponse response, Upstream upstream, HttpServerRequest in) {
    MultiMap responseHeaders = response.headers();
    HOP_BY_HOP.forEach(responseHeaders::remove);
    // The gateway's own id is already on the response.
    responseHeaders.remove(ForwardedHeaders.REQUEST_ID);
    String publicOrigin = publicOrigin();
    rewriteOrigin(responseHeaders, HttpHeaders.LOCATION.toString(), upstream, publicOrigin);
    rewriteOrigin(responseHeaders, HttpHeaders.CONTENT_LOCATION.toString(), upstream, publicOrigin);
    return response.send();
  }

  private static Future<ProxyResponse> notAnswered(
      ProxyRequest out, Upstream upstream, Throwable failure) {
    out.release();
    return Future.failedFuture(UpstreamFailure.of(upstream, failure));
  }

  /** The normalised path, so that a service never sees dot segments the routing did not. */
  private static String target(RoutingContext context) {
    String query = context.request().query();
    return context.normalizedPath() + (query == null ? "" : "?" + query);
  }

  /**
   * The gateway's configured public origin, or null to leave URLs relative: never one made of the
   * caller's {@code Host}, which anybody can set.
   */
  private String publicOrigin() {
    return publicUrl.map(url -> url.getScheme() + "://" + url.getRawAuthority()).orElse(null);
  }

  /** A URL pointing into the service is made to point at the same path through the gateway. */
  private static void rewriteOrigin(
      MultiMap responseHeaders, String name, Upstream upstream, String publicOrigin) {
    String value = responseHeaders.get(name);
    if (value == null || !value.startsWith(upstream.origin())) {
      return;
    }
    String path = value.substring(upstream.origin().length());
    if (!path.isEmpty() && !path.startsWith("/")) {
      return;
    }
    responseHeaders.set(name, publicOrigin == null ? path : publicOrigin + path);
  }

  private static HttpClient client(Vertx vertx, Upstream upstream, GatewayConfig.Proxy settings) {
    HttpClientOptions options =
        new HttpClientOptions()
            .setName("gateway-" + upstream.name())
            .setConnectTimeout((int) settings.connectTimeout().toMillis())
            .setKeepAlive(true)
            // Pooled connections are dropped before a service's own idle timeout closes them.
            .setKeepAliveTimeout(30);
    PoolOptions pool =
        new PoolOptions()
            .setHttp1MaxSize(settings.maxConnections())
            .setMaxWaitQueueSize(settings.maxWaiting());
    return vertx.createHttpClient(options, pool);
  }
}
