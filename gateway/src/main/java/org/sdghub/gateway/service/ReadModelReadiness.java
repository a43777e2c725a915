package org.sdghub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.sdghub.gateway.domain.ReadModelStatus;
import org.sdghub.gateway.domain.ReadModelStatus.TopicStatus;

/**
 * Part of the gateway's readiness that reports, and never fails on, how current the who-what-where
 * read model is: {@code asOf} and each topic's lag and last event time in the check's data. A
 * lagging read model is still worth serving; it says how old it is in every response.
 */
@Readiness
@ApplicationScoped
public class ReadModelReadiness implements HealthCheck {

  static final String NAME = "Who-what-where read model";

  private final ReadModelFreshness freshness;

  ReadModelReadiness(ReadModelFreshness freshness) {
    this.freshness = freshness;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
    try {
      ReadModelStatus status = freshness.status();
      response.withData("asOf", status.asOf() == null ? "none" : status.asOf().toString());
      for (TopicStatus topic : status.topics()) {
        response.withData(topic.topic() + ".lag", topic.lag() == null ? -1 : topic.lag());
        response.withData(
            topic.topic() + ".asOf", topic.asOf() == null ? "none" : topic.asOf().toString());
      }
    } catch (RuntimeException e) {
      response.withData("error", "the read model's position could not be read");
    }
    return response.build();
  }
}
