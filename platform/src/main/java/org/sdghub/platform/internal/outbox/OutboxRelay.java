package org.sdghub.platform.internal.outbox;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.jboss.logging.Logger;
import org.sdghub.platform.internal.events.Backoff;
import org.sdghub.platform.internal.events.KafkaClients;
import org.sdghub.platform.internal.events.Worker;

/**
 * Publishes a topic's outbox rows to Kafka on a thread of its own, from the given data source to
 * the given brokers: the application runs one per service ({@link OutboxRelayLifecycle}), tests may
 * build more against other brokers.
 *
 * <p>It publishes batch after batch while rows are waiting, then sleeps until a commit wakes it or
 * the poll interval passes. When the broker or the database fails it keeps the rows, drops its
 * producer (a new one starts clean) and retries after an exponential, capped back-off.
 */
public final class OutboxRelay extends Worker {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private final Map<String, Object> kafka;
  private final RelaySettings settings;
  private final OutboxBatch batch;
  private final OutboxSignals signals;
  private final Backoff backoff;
  private final String clientId;
  private Producer<String, byte[]> producer;

  /**
   * @param kafka the common Kafka client settings (at least {@code bootstrap.servers})
   */
  public OutboxRelay(DataSource dataSource, Map<String, Object> kafka, RelaySettings settings) {
    super("sdghub-outbox-relay-" + settings.topic());
    this.kafka = Map.copyOf(kafka);
    this.settings = settings;
    this.batch = new OutboxBatch(dataSource, settings.topic(), settings.batchSize());
    this.signals = new OutboxSignals(dataSource);
    this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
    this.clientId = "sdghub-outbox-" + settings.topic() + "-" + UUID.randomUUID();
  }

  /**
   * Makes sure the topic exists, then starts publishing.
   *
   * @throws IllegalStateException when the topic neither exists nor can be created
   */
  @Override
  public synchronized void start() {
    TopicGuard.ensure(kafka, settings);
    super.start();
    LOG.infof("Outbox relay publishing to %s", settings.topic());
  }

  /** Stops after the batch in flight, waiting as long as a batch may take. */
  public void stop() {
    stop(settings.sendTimeout().plus(settings.pollInterval()).plusSeconds(5));
  }

  @Override
  protected void runOnce() throws InterruptedException {
    try {
      int published = batch.publish(producer());
      backoff.reset();
      if (published < settings.batchSize() && !isStopping()) {
        signals.await(settings.pollInterval());
      }
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      Duration pause = backoff.next();
      LOG.warnf(
          "Outbox relay for %s could not publish (%s); the rows stay in the outbox, retrying in"
              + " %d ms",
          settings.topic(), e, pause.toMillis());
      discardProducer();
      signals.close();
      pause(pause);
    }
  }

  @Override
  protected void cleanUp() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
      producer = null;
    }
    signals.close();
    LOG.infof("Outbox relay for %s stopped", settings.topic());
  }

  private Producer<String, byte[]> producer() {
    if (producer == null) {
      producer =
          new KafkaProducer<>(KafkaClients.producer(kafka, clientId, settings.sendTimeout()));
    }
    return producer;
  }

  private void discardProducer() {
    if (producer != null) {
      // Whatever it still holds belongs to a rolled-back batch, which will be sent again.
      producer.close(Duration.ZERO);
      producer = null;
    }
  }
}
