package org.sdghub.platform.internal.health;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.sdghub.platform.ConsumerLag;
import org.sdghub.platform.DaemonThreads;
import org.sdghub.platform.internal.events.EventsConfig;
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
 * parked rows, the relay's topic warnings, how many events the inbox's consumer group has still to
 * apply (in words, {@code inbox.behind}, and per topic: the broker's end offsets less the group's
 * committed ones, so a consumer stuck on an event shows as behind) and each background worker's
 * state.
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
  private final ConsumerLag lag;
  private final Optional<String> group;
  private final List<String> topics;
  private final ExecutorService lagReader =
      Executors.newSingleThreadExecutor(DaemonThreads.named("sdghub-events-readiness"));
  private volatile Behind behind;
  private boolean lagReading;
  private Admin admin;

  /** How many events the group had still to apply, by topic, and when the broker said so. */
  record Behind(Map<String, Long> eventsByTopic, Instant at) {}

  private KafkaFuture<?> check;
  private volatile String broker;
  private volatile Instant brokerCheckedAt = Instant.EPOCH;

  EventsReadiness(
      @Identifier("default-kafka-broker") Map<String, Object> kafka,
      Workers workers,
      OutboxMetrics outbox,
      OutboxRelayLifecycle relay,
      ConsumerLag lag,
      EventsConfig config) {
    this.kafka = kafka;
    this.workers = workers;
    this.outbox = outbox;
    this.relay = relay;
    this.lag = lag;
    EventsConfig.Consumer consumer = config.consumer();
    this.group = consumer.enabled() ? consumer.groupId() : Optional.empty();
    this.topics = consumer.topics().orElse(List.of());
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
    if (group.isPresent() && !topics.isEmpty()) {
      refreshLagIfStale();
      Behind known = behind;
      if (known == null) {
        response.withData("inbox.behind", "unknown (not read from the broker yet)");
      } else {
        response.withData("inbox.behind", describe(known, Instant.now()));
        known
            .eventsByTopic()
            .forEach((topic, events) -> response.withData("inbox.behind." + topic, events));
      }
    }
    for (WorkerStatus status : workers.statuses()) {
      status
          .describe()
          .forEach((key, value) -> response.withData(status.name() + "." + key, value));
      degraded |= status.state() != WorkerStatus.State.RUNNING || status.problem().isPresent();
    }
    return response.withData("degraded", degraded).build();
  }

  /** For a person: "up to date", or which topic is how many events behind, and as of when. */
  static String describe(Behind behind, Instant now) {
    List<String> late = new ArrayList<>();
    behind
        .eventsByTopic()
        .forEach(
            (topic, events) -> {
              if (events > 0) {
                late.add(topic + " " + events + (events == 1 ? " event" : " events") + " behind");
              }
            });
    long ago = Math.max(0, Duration.between(behind.at(), now).toSeconds());
    return (late.isEmpty() ? "up to date" : String.join(", ", late)) + " (as of " + ago + " s ago)";
  }

  /** Reads the lag again in the background when the last reading is old: a probe never waits. */
  private synchronized void refreshLagIfStale() {
    Behind known = behind;
    if (lagReading
        || (known != null
            && Duration.between(known.at(), Instant.now()).compareTo(FRESH_FOR) < 0)) {
      return;
    }
    lagReading = true;
    lagReader.execute(
        () -> {
          try {
            lag.of(group.get(), topics)
                .ifPresent(events -> behind = new Behind(new TreeMap<>(events), Instant.now()));
          } finally {
            synchronized (this) {
              lagReading = false;
            }
          }
        });
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
    lagReader.shutdownNow();
    if (admin != null) {
      admin.close(Duration.ofSeconds(1));
    }
  }
}
