package org.sdghub.gateway.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.sdghub.gateway.client.ForwardedHeaders;
import org.sdghub.gateway.client.ServiceProxy;
import org.sdghub.gateway.client.ServiceRoutes;
import org.sdghub.gateway.client.Upstream;
import org.sdghub.gateway.domain.RateLimited;
import org.sdghub.gateway.service.Admission;
import org.sdghub.platform.ProblemException;

/**
 * The public routes to the services: one per configured prefix, each admitting the request (API
 * key, rate limit) off the event loop and then forwarding it with the internal token.
 */
@ApplicationScoped
public class ProxyRoutes {

  private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

  private final ServiceRoutes routes;
  private final Admission admission;
  private final ServiceProxy proxy;
  private final ProblemReplies problems;
  private final RouteMetrics metrics;

  ProxyRoutes(
      ServiceRoutes routes,
      Admission admission,
      ServiceProxy proxy,
      ProblemReplies problems,
      RouteMetrics metrics) {
    this.routes = routes;
    this.admission = admission;
    this.proxy = proxy;
    this.problems = problems;
    this.metrics = metrics;
  }

  void install(@Observes Router router) {
    for (Upstream upstream : routes.upstreams()) {
      for (String prefix : upstream.prefixes()) {
        router.route(prefix).handler(context -> handle(context, upstream));
        router.route(prefix + "/*").handler(context -> handle(context, upstream));
      }
    }
  }

  private void handle(RoutingContext context, Upstream upstream) {
    HttpServerRequest request = context.request();
    // Nothing of the body may be lost while the key is checked.
    request.pause();
    String requestId = RequestIds.of(request);
    context.response().putHeader(ForwardedHeaders.REQUEST_ID, requestId);
    metrics.track(context, upstream.name());
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    context
        .vertx()
        .executeBlocking(() -> admission.admit(authorization, upstream.name()), false)
        .onSuccess(
            pass -> {
              pass.rateLimit()
                  .ifPresent(state -> RateLimitHeaders.apply(context.response(), state));
              proxy
                  .forward(context, upstream, pass.token(), requestId)
                  .onFailure(failure -> failed(context, failure));
            })
        .onFailure(failure -> failed(context, failure));
  }

  private void failed(RoutingContext context, Throwable failure) {
    if (context.response().headWritten()) {
      // The service's answer broke off midway: the proxy has already reset the exchange.
      return;
    }
    if (failure instanceof RateLimited refused) {
      RateLimitHeaders.apply(context.response(), refused);
    }
    if (failure instanceof ProblemException problem) {
      problems.send(context, problem);
      return;
    }
    String correlationId = UUID.randomUUID().toString();
    LOG.errorf(
        failure,
        "Unexpected error %s on %s %s",
        correlationId,
        context.request().method(),
        context.request().path());
    problems.send(context, new Unexpected(correlationId));
  }

  /** The 500 for what nobody planned for: nothing about the server but a correlation id. */
  private static final class Unexpected extends ProblemException {
    Unexpected(String correlationId) {
      super(
          500,
          "internal-error",
          "Internal error",
          "The request failed on the server; quote correlation id "
              + correlationId
              + " when reporting it.",
          Map.of("correlationId", correlationId));
    }
  }
}
