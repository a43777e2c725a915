package org.sdghub.platform.internal.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.sdghub.platform.internal.events.WorkerStatus;
import org.sdghub.platform.internal.events.Workers;

/**
 * Part of {@code /q/health/live}: down when a background worker (the outbox relay, a consumer) has
 * failed so often in a row that its supervisor gave up on it, so that the orchestrator restarts the
 * service rather than leaving it up without the worker. Each worker's state is in the data.
 */
@Liveness
@ApplicationScoped
public class WorkersLiveness implements HealthCheck {

  static final String NAME = "sdghub-workers";

  private final Workers workers;

  WorkersLiveness(Workers workers) {
    this.workers = workers;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
    for (WorkerStatus status : workers.statuses()) {
      if (!status.live()) {
        response.down();
      }
      status
          .describe()
          .forEach((key, value) -> response.withData(status.name() + "." + key, value));
    }
    return response.build();
  }
}
