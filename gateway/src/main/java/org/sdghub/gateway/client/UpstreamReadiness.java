package org.sdghub.gateway.client;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.sdghub.gateway.config.GatewayConfig;

/**
 * Part of the gateway's readiness: each service's own readiness ({@code UP}/{@code DOWN} in the
 * check's data), read on its management interface. The check itself is down only when a service
 * named in {@code sdghub.gateway.health.required-services} is: by default none is, so that one
 * service down does not take the whole front door out of the load balancer.
 */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements AsyncHealthCheck {

  static final String NAME = "Upstream services";

  private final ServiceRoutes routes;
  private final ServiceCalls calls;
  private final Duration timeout;
  private final Set<String> required;

  @Inject
  UpstreamReadiness(ServiceRoutes routes, ServiceCalls calls, GatewayConfig config) {
    this(
        routes,
        calls,
        config.health().upstreamTimeout(),
        Set.copyOf(config.health().requiredServices().orElse(List.of())));
  }

  /** A check requiring these services, whatever the configuration says. */
  public UpstreamReadiness(
      ServiceRoutes routes, ServiceCalls calls, Duration timeout, Set<String> required) {
    this.routes = routes;
    this.calls = calls;
    this.timeout = timeout;
    this.required = required;
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    List<Future<Boolean>> checks = new ArrayList<>();
    for (Upstream upstream : routes.upstreams()) {
      checks.add(
          calls
              .getManagement(upstream, "/q/health/ready", timeout)
              .map(answer -> answer.status() == 200)
              .otherwise(false));
    }
    Future<HealthCheckResponse> response =
        Future.join(checks).transform(done -> Future.succeededFuture(respond(checks)));
    return Uni.createFrom().completionStage(response.toCompletionStage());
  }

  private HealthCheckResponse respond(List<Future<Boolean>> checks) {
    HealthCheckResponseBuilder builder = HealthCheckResponse.named(NAME).up();
    List<Upstream> upstreams = routes.upstreams();
    for (int i = 0; i < upstreams.size(); i++) {
      boolean ready = Boolean.TRUE.equals(checks.get(i).result());
      builder.withData(upstreams.get(i).name(), ready ? "UP" : "DOWN");
      if (!ready && required.contains(upstreams.get(i).name())) {
        builder.down();
      }
    }
    return builder.build();
  }
}
