package org.sdghub.gateway.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Counts and times proxied requests per route (metric {@code sdghub.gateway.requests}, tags {@code
 * route}, {@code method}, {@code status} as a class such as {@code 2xx}), the gateway's own
 * refusals (401, 429) included.
 */
@ApplicationScoped
public class RouteMetrics {

  static final String METRIC = "sdghub.gateway.requests";

  /** Any other method would let callers mint new time series. */
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  private final MeterRegistry registry;

  RouteMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Records this request when its response ends (or breaks off). */
  void track(RoutingContext context, String route) {
    Timer.Sample sample = Timer.start(registry);
    String method = context.request().method().name();
    String methodTag = METHODS.contains(method) ? method : "OTHER";
    context.addEndHandler(
        ended -> {
          String status =
              ended.succeeded() ? context.response().getStatusCode() / 100 + "xx" : "aborted";
          sample.stop(
              Timer.builder(METRIC)
                  .description("Requests through the gateway, by route")
                  .tag("route", route)
                  .tag("method", methodTag)
                  .tag("status", status)
                  .register(registry));
        });
  }
}
