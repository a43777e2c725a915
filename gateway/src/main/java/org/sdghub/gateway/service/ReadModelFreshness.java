package org.sdghub.gateway.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sdghub.gateway.config.WhoWhatWhereConfig;
import org.sdghub.gateway.domain.ReadModelStatus;
import org.sdghub.gateway.domain.ReadModelStatus.TopicStatus;
import org.sdghub.gateway.repository.ReadModelPositions;
import org.sdghub.platform.ConsumerLag;

/**
 * Says how current the read model is: {@code asOf} from the database (exact), the lag per topic as
 * last measured (every {@code sdghub.who-what-where.lag-every}); also as the gauges {@code
 * sdghub_read_model_lag_messages{topic}} and {@code sdghub_read_model_age_seconds{topic}}.
 */
@ApplicationScoped
public class ReadModelFreshness {

  private final WhoWhatWhereConfig config;
  private final ConsumerLag lag;
  private final ReadModelPositions positions;
  private final MeterRegistry registry;
  private final Map<String, Long> lastLag = new ConcurrentHashMap<>();
  private ScheduledExecutorService measuring;

  ReadModelFreshness(
      WhoWhatWhereConfig config,
      ConsumerLag lag,
      ReadModelPositions positions,
      MeterRegistry registry) {
    this.config = config;
    this.lag = lag;
    this.positions = positions;
    this.registry = registry;
  }

  void onStart(@Observes StartupEvent event) {
    for (String topic : config.topics()) {
      Gauge.builder("sdghub_read_model_lag_messages", lastLag, m -> m.getOrDefault(topic, -1L))
          .description("Messages of the topic the read model has still to apply (-1: unknown)")
          .tag("topic", topic)
          .register(registry);
      Gauge.builder("sdghub_read_model_age_seconds", this, f -> f.ageSeconds(topic))
          .description("Seconds since the time of the topic's last applied event")
          .tag("topic", topic)
          .register(registry);
    }
    measuring = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "sdghub-www-lag"));
    long every = config.lagEvery().toMillis();
    measuring.scheduleWithFixedDelay(this::measure, 0, every, TimeUnit.MILLISECONDS);
  }

  void measure() {
    lag.of(config.groupId(), config.topics())
        .ifPresentOrElse(lastLag::putAll, () -> config.topics().forEach(lastLag::remove));
  }

  /** The read model's freshness now. */
  public ReadModelStatus status() {
    Map<String, Instant> times = positions.lastEventTimes();
    List<TopicStatus> topics =
        config.topics().stream()
            .map(t -> new TopicStatus(t, times.get(t), lastLag.get(t)))
            .toList();
    Instant asOf =
        times.values().stream()
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null);
    return new ReadModelStatus(asOf, topics);
  }

  private double ageSeconds(String topic) {
    Instant last = positions.lastEventTimes().get(topic);
    return last == null
        ? Double.NaN
        : (Instant.now().toEpochMilli() - last.toEpochMilli()) / 1000.0;
  }

  void onStop(@Observes io.quarkus.runtime.ShutdownEvent event) {
    if (measuring != null) {
      measuring.shutdownNow();
    }
  }
}
