package org.sdghub.platform.internal.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.sdghub.platform.internal.events.EventsConfig;
import org.sdghub.platform.internal.events.SupervisedWorker;
import org.sdghub.platform.internal.events.Workers;

/**
 * Runs the service's inbox consumer from start to shutdown, when the service consumes ({@code
 * sdghub.events.consumer.group-id} and {@code .topics} set) and the consumer is enabled.
 */
@ApplicationScoped
public class InboxConsumerLifecycle {

  private static final Logger LOG = Logger.getLogger(InboxConsumerLifecycle.class);

  private final EventsConfig.Consumer config;
  private final Map<String, Object> kafka;
  private final InboxSink sink;
  private final HandlerRegistry handlers;
  private final Workers workers;
  private SupervisedWorker consumer;

  InboxConsumerLifecycle(
      EventsConfig config,
      @Identifier("default-kafka-broker") Map<String, Object> kafka,
      InboxDelivery sink,
      HandlerRegistry handlers,
      Workers workers) {
    this.config = config.consumer();
    this.kafka = kafka;
    this.sink = sink;
    this.handlers = handlers;
    this.workers = workers;
  }

  void onStart(@Observes StartupEvent event) {
    Optional<String> group = config.groupId();
    List<String> topics = config.topics().orElse(List.of());
    if (group.isEmpty() || topics.isEmpty() || !config.enabled()) {
      String why =
          config.enabled()
              ? "sdghub.events.consumer.group-id and .topics are not both set"
              : "sdghub.events.consumer.enabled=false";
      if (handlers.types().isEmpty()) {
        LOG.infof("Inbox consumer inactive: %s", why);
      } else {
        LOG.warnf(
            "Inbox consumer inactive (%s) although handlers exist for %s", why, handlers.types());
      }
      return;
    }
    start();
  }

  void onShutdown(@Observes ShutdownEvent event) {
    stop();
  }

  /** Starts the consumer unless it runs. */
  public synchronized void start() {
    if (consumer != null && consumer.isRunning()) {
      return;
    }
    ConsumerSettings settings =
        new ConsumerSettings(
            config.groupId().orElseThrow(),
            config.topics().orElseThrow(),
            config.maxAttempts(),
            config.retryBackoff(),
            config.maxBackoff());
    // Supervised: a consumer that dies is replaced by a new one, which resumes from the committed
    // offsets.
    consumer =
        workers.supervise(
            "sdghub-inbox-consumer-" + settings.groupId(),
            () -> new InboxConsumer(kafka, settings, sink));
  }

  /** Stops the consumer after the message in hand. */
  public synchronized void stop() {
    if (consumer != null) {
      consumer.stop(Duration.ofSeconds(30));
      consumer = null;
    }
  }

  public synchronized boolean isRunning() {
    return consumer != null && consumer.isRunning();
  }
}
