package org.sdghub.funding.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The webhook meters: {@code sdghub.webhooks.attempts} by outcome (delivered, retry, no-answer,
 * given-up, gone) and {@code sdghub.webhooks.attempt.duration}, the time of each attempt.
 */
@ApplicationScoped
public class WebhookMetrics {

  private final MeterRegistry registry;
  private final Timer duration;

  WebhookMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.duration =
        Timer.builder("sdghub.webhooks.attempt.duration")
            .description("How long one webhook delivery attempt took")
            .publishPercentiles(0.5, 0.99)
            .register(registry);
  }

  void attempted(String outcome, Duration took) {
    Counter.builder("sdghub.webhooks.attempts")
        .description("Webhook delivery attempts, by outcome")
        .tag("outcome", outcome)
        .register(registry)
        .increment();
    duration.record(took);
  }
}
