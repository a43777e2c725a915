package org.sdghub.platform.internal.idempotency;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Requests that carried an {@code Idempotency-Key}, by what became of them: done the first time,
 * answered from the stored response (a client's retry), refused because the key came with another
 * request, or refused while the first request with the key was still running.
 */
// Created at start, so that the counters are there, at 0, before the first request.
@Startup
@ApplicationScoped
public class IdempotencyMetrics {

  private static final String NAME = "sdghub.idempotency.requests";

  private final Counter first;
  private final Counter replayed;
  private final Counter reused;
  private final Counter inFlight;

  IdempotencyMetrics(MeterRegistry registry) {
    this.first = counter(registry, "first");
    this.replayed = counter(registry, "replayed");
    this.reused = counter(registry, "key-reused");
    this.inFlight = counter(registry, "key-in-use");
  }

  private static Counter counter(MeterRegistry registry, String outcome) {
    return Counter.builder(NAME)
        .description("Requests with an Idempotency-Key, by what became of them")
        .tag("outcome", outcome)
        .register(registry);
  }

  void first() {
    first.increment();
  }

  void replayed() {
    replayed.increment();
  }

  void reused() {
    reused.increment();
  }

  void inFlight() {
    inFlight.increment();
  }
}
