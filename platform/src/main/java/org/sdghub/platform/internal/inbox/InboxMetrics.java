package org.sdghub.platform.internal.inbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.clients.consumer.Consumer;
import org.jboss.logging.Logger;
import org.sdghub.platform.DaemonThreads;

/**
 * The inbox as metrics: events by what became of them (applied, duplicate, stale, unknown type,
 * parked), retries of failures of the moment, dead letters waiting for an operator, and the
 * consumer's own Kafka metrics (among them {@code kafka_consumer_fetch_manager_records_lag} per
 * topic and partition: the consumer lag).
 */
// Created at start, so that the meters exist before the first event arrives.
@Startup
@ApplicationScoped
public class InboxMetrics {

  private static final Logger LOG = Logger.getLogger(InboxMetrics.class);
  private static final Duration FRESH_FOR = Duration.ofSeconds(5);
  // The Kafka metrics of a partition exist once it is fetched: looked for again this often.
  private static final Duration KAFKA_REFRESH = Duration.ofSeconds(10);

  private final AgroalDataSource dataSource;
  private final MeterRegistry registry;
  private final Map<InboxOutcome, Counter> outcomes = new EnumMap<>(InboxOutcome.class);
  private final Counter parked;
  private final Counter retried;
  private final ScheduledExecutorService kafkaRefresh =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("sdghub-inbox-kafka-metrics"));
  private long deadLetters;
  private Instant readAt = Instant.EPOCH;

  InboxMetrics(AgroalDataSource dataSource, MeterRegistry registry) {
    this.dataSource = dataSource;
    this.registry = registry;
    for (InboxOutcome outcome : InboxOutcome.values()) {
      String name = outcome == InboxOutcome.DUPLICATE ? "duplicate" : outcome.column();
      outcomes.put(outcome, events(name));
    }
    this.parked = events("parked");
    this.retried =
        Counter.builder("sdghub.inbox.retries")
            .description(
                "Events tried again after a failure of the moment (database away, lock or"
                    + " serialization conflict), which never parks them")
            .register(registry);
    Gauge.builder("sdghub.inbox.dead.letters", this, InboxMetrics::deadLetters)
        .description("Messages parked in dead_letter, waiting for an operator")
        .register(registry);
  }

  private Counter events(String outcome) {
    return Counter.builder("sdghub.inbox.events")
        .description("Events received, by what became of them")
        .tag("outcome", outcome)
        .register(registry);
  }

  /** Counts what a committed transaction did with its events. */
  void applied(Iterable<InboxOutcome> done) {
    for (InboxOutcome outcome : done) {
      outcomes.get(outcome).increment();
    }
  }

  void parked() {
    parked.increment();
  }

  void retried() {
    retried.increment();
  }

  /**
   * Binds a consumer's Kafka metrics (their {@code client_id} names the group); closing the result
   * unbinds them. Every Kafka client of a service is bound with the same tags (Prometheus refuses
   * one name with two sets of tag keys), and a failure to bind costs the metrics, never the
   * consumer.
   */
  AutoCloseable bind(Consumer<?, ?> consumer, String groupId) {
    try {
      KafkaClientMetrics metrics =
          new KafkaClientMetrics(consumer, Tags.empty(), kafkaRefresh, KAFKA_REFRESH);
      metrics.bindTo(registry);
      return metrics;
    } catch (RuntimeException e) {
      LOG.warnf("The Kafka metrics of the consumer of group %s are not published: %s", groupId, e);
      return () -> {};
    }
  }

  /** Dead letters waiting, read again when the last reading is older than a few seconds. */
  synchronized double deadLetters() {
    Instant now = Instant.now();
    if (Duration.between(readAt, now).compareTo(FRESH_FOR) < 0) {
      return deadLetters;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT count(*) FROM dead_letter")) {
      result.next();
      deadLetters = result.getLong(1);
      readAt = now;
    } catch (SQLException e) {
      LOG.debugf("Could not count the dead letters: %s", e);
    }
    return deadLetters;
  }

  void onShutdown(@Observes ShutdownEvent event) {
    kafkaRefresh.shutdownNow();
  }
}
