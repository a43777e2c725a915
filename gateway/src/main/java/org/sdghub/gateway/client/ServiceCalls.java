package org.sdghub.gateway.client;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;

/**
 * The gateway's own small calls to the services (their OpenAPI documents, their readiness), kept
 * apart from the proxied traffic's connection pools.
 */
@ApplicationScoped
public class ServiceCalls {

  /** A service's answer: its status and body. */
  public record Answer(int status, Buffer body) {}

  private final HttpClient client;

  ServiceCalls(Vertx vertx) {
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions().setName("gateway-own-calls").setConnectTimeout(2_000));
  }

  /** GETs a path of the service, failing if no complete answer comes within the timeout. */
  public Future<Answer> get(Upstream upstream, String pathAndQuery, Duration timeout) {
    return get(upstream.host(), upstream.port(), upstream.isTls(), pathAndQuery, timeout);
  }

  /** GETs a path of the service's management interface (its health), as {@link #get}. */
  public Future<Answer> getManagement(Upstream upstream, String pathAndQuery, Duration timeout) {
    URI management = upstream.managementUrl();
    boolean tls = "https".equals(management.getScheme());
    int port = management.getPort() != -1 ? management.getPort() : tls ? 443 : 80;
    return get(management.getHost(), port, tls, pathAndQuery, timeout);
  }

  private Future<Answer> get(
      String host, int port, boolean tls, String pathAndQuery, Duration timeout) {
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.GET)
            .setHost(host)
            .setPort(port)
            .setSsl(tls)
            .setURI(pathAndQuery)
            .setIdleTimeout(timeout.toMillis())
            .putHeader("Accept", "application/json");
    return client
        .request(options)
        .compose(request -> request.send())
        .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body)));
  }
}
