package org.sdghub.platform.internal.health;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.sdghub.platform.internal.events.KafkaClients;
import org.sdghub.platform.internal.events.WorkerStatus;
import org.sdghub.platform.internal.events.Workers;
import org.sdghub.platform.internal.outbox.OutboxMetrics;
import org.sdghub.platform.internal.outbox.OutboxRelayLifecycle;

/**
 * Part of {@code /q/health/ready}: what of the service's events is degraded, in the data, without
 * going down for it. The service lives without the broker (writes wait in the outbox, consumers
 * catch up later), so taking it out of service while the broker is away would turn a delay of
 * events into an outage of the API. Data: whether the broker answers, the outbox's backlog and
 * parked rows, the relay's topic warnings and each background worker's state.
 */
@Readiness
@ApplicationScoped
public class EventsReadiness implements HealthCheck {

  static final String NAME = "sdghub-events";
  private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration FRESH_FOR = Duration.ofSeconds(5);

  private final Map<String, Object> kafka;
  private final Workers workers;
  private final OutboxMetrics outbox;
  private final OutboxRelayLifecycle relay;
  private Admin admin;
  private KafkaFuture<?> check;
  private volatile String broker;
  private volatile Instant brokerCheckedAt = Instant.EPOCH;

  EventsReadiness(
      @Identifier("default-kafka-broker") Map<String, Object> kafka,
      Workers workers,
      OutboxMetrics outbox,
      OutboxRelayLifecycle relay) {
    this.kafka = kafka;
    this.workers = workers;
    this.outbox = outbox;
    this.relay = relay;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
    String brokerState = broker();
    boolean degraded = !"reachable".equals(brokerState);
    response.withData("broker", brokerState);
    OutboxMetrics.Backlog backlog = outbox.backlog();
    response.withData("outbox.waiting", backlog.waiting());
    response.withData("outbox.oldestWaitingSeconds", (long) backlog.oldestAgeSeconds());
    response.withData("outbox.parked", backlog.parked());
    degraded |= backlog.parked() > 0;
    List<String> warnings = relay.topicWarnings();
    for (int i = 0; i < warnings.size(); i++) {
      response.withData("topic.warning." + (i + 1), warnings.get(i));
    }
    degraded |= !warnings.isEmpty();
    for (WorkerStatus status : workers.statuses()) {
      status
          .describe()
          .forEach((key, value) -> response.withData(status.name() + "." + key, value));
      degraded |= status.state() != WorkerStatus.State.RUNNING || status.problem().isPresent();
    }
    return response.withData("degraded", degraded).build();
  }

  /**
   * Whether the broker answered its last check. Checks run in the background, at most every few
   * seconds, so that a probe never waits for a broker that is away; only the first call waits for
   * the first answer.
   */
  private String broker() {
    KafkaFuture<?> check = refreshIfStale();
    if (broker == null && check != null) {
      try {
        check.get(BROKER_TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        // The check's own outcome says what happened.
      }
    }
    String known = broker;
    return known == null ? "unknown (not checked yet)" : known;
  }

  private synchronized KafkaFuture<?> refreshIfStale() {
    if (check != null && !check.isDone()) {
      return check;
    }
    if (broker != null
        && Duration.between(brokerCheckedAt, Instant.now()).compareTo(FRESH_FOR) < 0) {
      return null;
    }
    try {
      check =
          admin()
              .describeCluster(
                  new DescribeClusterOptions().timeoutMs((int) BROKER_TIMEOUT.toMillis()))
              .nodes()
              .whenComplete(
                  (nodes, error) -> {
                    broker = error == null ? "reachable" : "unreachable: " + rootOf(error);
                    brokerCheckedAt = Instant.now();
                  });
    } catch (KafkaException e) {
      broker = "unreachable: " + e;
      brokerCheckedAt = Instant.now();
      return null;
    }
    return check;
  }

  private static Throwable rootOf(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private Admin admin() {
    if (admin == null) {
      admin = Admin.create(KafkaClients.admin(kafka, BROKER_TIMEOUT));
    }
    return admin;
  }

  @PreDestroy
  synchronized void close() {
    if (admin != null) {
      admin.close(Duration.ofSeconds(1));
    }
  }
}
