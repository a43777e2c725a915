package org.sdghub.platform.internal.outbox;

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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.clients.producer.Producer;
import org.jboss.logging.Logger;
import org.sdghub.platform.DaemonThreads;

/**
 * The outbox as metrics: rows waiting to be sent, the age of the oldest, rows parked, and counters
 * of rows published, failed batches and rows parked. The gauges read the table at most every few
 * seconds, however often they are scraped.
 */
// Created at start, so that the meters exist before the relay first reports.
@Startup
@ApplicationScoped
public class OutboxMetrics implements RelayListener {

  private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
  private static final Duration FRESH_FOR = Duration.ofSeconds(5);
  private static final String WAITING =
      "SELECT count(*), min(created_at) FROM outbox WHERE sent_at IS NULL AND parked_at IS NULL";
  private static final String PARKED = "SELECT count(*) FROM outbox WHERE parked_at IS NOT NULL";

  // The Kafka metrics of a producer appear as it works: looked for again this often.
  private static final Duration KAFKA_REFRESH = Duration.ofSeconds(10);

  private final AgroalDataSource dataSource;
  private final MeterRegistry registry;
  private final ScheduledExecutorService kafkaRefresh =
      Executors.newSingleThreadScheduledExecutor(
          DaemonThreads.named("sdghub-outbox-kafka-metrics"));
  private final Counter published;
  private final Counter failed;
  private final Counter parked;
  private Backlog backlog = new Backlog(0, 0, 0, Instant.EPOCH);

  OutboxMetrics(AgroalDataSource dataSource, MeterRegistry registry) {
    this.dataSource = dataSource;
    this.registry = registry;
    this.published =
        Counter.builder("sdghub.outbox.published")
            .description("Outbox rows published to Kafka and marked sent")
            .register(registry);
    this.failed =
        Counter.builder("sdghub.outbox.failed")
            .description("Outbox batches that failed and were rolled back, to be retried")
            .register(registry);
    this.parked =
        Counter.builder("sdghub.outbox.parked")
            .description("Outbox rows parked because the broker refuses them")
            .register(registry);
    Gauge.builder("sdghub.outbox.backlog", this, metrics -> metrics.backlog().waiting())
        .description("Outbox rows waiting to be published (parked rows excluded)")
        .register(registry);
    Gauge.builder("sdghub.outbox.oldest.unsent.age", this, m -> m.backlog().oldestAgeSeconds())
        .description("Age of the oldest outbox row waiting to be published, 0 if none")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("sdghub.outbox.parked.rows", this, metrics -> metrics.backlog().parked())
        .description("Outbox rows parked, waiting for an operator")
        .register(registry);
  }

  /** Binds the relay's producer's Kafka metrics ({@code kafka_producer_*}) to Micrometer. */
  @Override
  public AutoCloseable bind(Producer<?, ?> producer) {
    // The same tags as the inbox consumer's (none but Kafka's own): Prometheus refuses one name
    // with
    // two sets of tag keys. A failure to bind costs the metrics, never the relay.
    try {
      KafkaClientMetrics metrics =
          new KafkaClientMetrics(producer, Tags.empty(), kafkaRefresh, KAFKA_REFRESH);
      metrics.bindTo(registry);
      return metrics;
    } catch (RuntimeException e) {
      LOG.warnf("The Kafka metrics of the outbox relay's producer are not published: %s", e);
      return () -> {};
    }
  }

  void onShutdown(@Observes ShutdownEvent event) {
    kafkaRefresh.shutdownNow();
  }

  @Override
  public void published(int rows) {
    published.increment(rows);
  }

  @Override
  public void failed() {
    failed.increment();
  }

  @Override
  public void parked(int rows) {
    parked.increment(rows);
  }

  /** The outbox's backlog, read again when the last reading is older than a few seconds. */
  public synchronized Backlog backlog() {
    Instant now = Instant.now();
    if (Duration.between(backlog.readAt(), now).compareTo(FRESH_FOR) < 0) {
      return backlog;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      long waiting;
      double age;
      try (ResultSet result = statement.executeQuery(WAITING)) {
        result.next();
        waiting = result.getLong(1);
        Timestamp oldest = result.getTimestamp(2);
        age = oldest == null ? 0 : Duration.between(oldest.toInstant(), now).toMillis() / 1000.0;
      }
      try (ResultSet result = statement.executeQuery(PARKED)) {
        result.next();
        backlog = new Backlog(waiting, Math.max(0, age), result.getLong(1), now);
      }
    } catch (SQLException e) {
      LOG.debugf("Could not read the outbox backlog: %s", e);
    }
    return backlog;
  }

  /** What waits in the outbox, as read at {@code readAt}. */
  public record Backlog(long waiting, double oldestAgeSeconds, long parked, Instant readAt) {}
}
