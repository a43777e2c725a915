package org.sdghub.platform.internal.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.sdghub.platform.internal.events.EventsConfig;
import org.sdghub.platform.internal.events.SupervisedWorker;
import org.sdghub.platform.internal.events.Workers;

/**
 * Runs the service's outbox relay from start to shutdown, when the service publishes ({@code
 * sdghub.events.topic} set) and the relay is enabled, under supervision (a relay that dies is
 * replaced); tests stop and restart it.
 */
@ApplicationScoped
public class OutboxRelayLifecycle {

  private static final Logger LOG = Logger.getLogger(OutboxRelayLifecycle.class);

  private final EventsConfig config;
  private final AgroalDataSource dataSource;
  private final Map<String, Object> kafka;
  private final Workers workers;
  private final OutboxMetrics metrics;
  private SupervisedWorker relay;

  OutboxRelayLifecycle(
      EventsConfig config,
      AgroalDataSource dataSource,
      @Identifier("default-kafka-broker") Map<String, Object> kafka,
      Workers workers,
      OutboxMetrics metrics) {
    this.config = config;
    this.dataSource = dataSource;
    this.kafka = kafka;
    this.workers = workers;
    this.metrics = metrics;
  }

  void onStart(@Observes StartupEvent event) {
    Optional<String> topic = config.topic();
    if (topic.isEmpty()) {
      LOG.info("Outbox relay inactive: sdghub.events.topic is not set");
    } else if (!config.relay().enabled()) {
      LOG.infof("Outbox relay inactive for %s: sdghub.events.relay.enabled=false", topic.get());
    } else {
      start();
    }
  }

  void onShutdown(@Observes ShutdownEvent event) {
    stop();
  }

  /** Starts the relay unless it runs. */
  public synchronized void start() {
    if (relay != null && relay.isRunning()) {
      return;
    }
    String topic =
        config
            .topic()
            .orElseThrow(() -> new IllegalStateException("sdghub.events.topic is not set"));
    RelaySettings settings = RelaySettings.of(topic, config.relay());
    relay =
        workers.supervise(
            "sdghub-outbox-relay-" + topic,
            () -> new OutboxRelay(dataSource, kafka, settings, metrics));
  }

  /** Stops the relay after the batch in flight. */
  public synchronized void stop() {
    if (relay != null) {
      EventsConfig.Relay settings = config.relay();
      relay.stop(settings.sendTimeout().plus(settings.pollInterval()).plusSeconds(5));
      relay = null;
    }
  }

  public synchronized boolean isRunning() {
    return relay != null && relay.isRunning();
  }

  /** What the relay's last check of its topic found wrong with its replication. */
  public synchronized List<String> topicWarnings() {
    return relay == null
        ? List.of()
        : relay.current().map(worker -> ((OutboxRelay) worker).topicWarnings()).orElse(List.of());
  }
}
