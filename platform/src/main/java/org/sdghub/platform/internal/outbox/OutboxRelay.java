package org.sdghub.platform.internal.outbox;

import java.time.Duration;
import java.util.List;
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
 * producer (a new one starts clean) and retries after an exponential, capped back-off; a row that
 * the broker refuses for a reason of its own is parked after a few attempts (see {@link
 * OutboxBatch}). If the broker does not answer at start, the relay starts anyway and checks its
 * topic once the broker is back.
 */
public final class OutboxRelay extends Worker {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private final Map<String, Object> kafka;
  private final RelaySettings settings;
  private final OutboxBatch batch;
  private final OutboxSignals signals;
  private final Backoff backoff;
  private final String clientId;
  private final RelayListener listener;
  private volatile List<String> topicWarnings = List.of();
  private boolean topicChecked;
  private Producer<String, byte[]> producer;
  // The producer's Kafka metrics in Micrometer, forgotten with it.
  private AutoCloseable producerMetrics = () -> {};

  /**
   * @param kafka the common Kafka client settings (at least {@code bootstrap.servers})
   */
  public OutboxRelay(DataSource dataSource, Map<String, Object> kafka, RelaySettings settings) {
    this(dataSource, kafka, settings, RelayListener.NONE);
  }

  /**
   * @param listener told of what is published, fails and is parked (the metrics)
   */
  public OutboxRelay(
      DataSource dataSource,
      Map<String, Object> kafka,
      RelaySettings settings,
      RelayListener listener) {
    super("sdghub-outbox-relay-" + settings.topic());
    this.kafka = Map.copyOf(kafka);
    this.settings = settings;
    this.batch =
        new OutboxBatch(dataSource, settings.topic(), settings.batchSize(), settings.maxAttempts());
    this.signals = new OutboxSignals(dataSource);
    this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
    this.clientId = "sdghub-outbox-" + settings.topic() + "-" + UUID.randomUUID();
    this.listener = listener;
  }

  /**
   * Checks the topic (waiting up to the startup timeout for the broker), then starts publishing.
   *
   * @throws IllegalStateException when the broker refuses the topic (it cannot be created)
   */
  @Override
  public synchronized void start() {
    checkTopic(settings.startupTimeout());
    super.start();
    LOG.infof("Outbox relay publishing to %s", settings.topic());
  }

  /** Stops after the batch in flight, waiting as long as a batch may take. */
  public void stop() {
    stop(settings.sendTimeout().plus(settings.pollInterval()).plusSeconds(5));
  }

  /** What the last check of the topic found wrong with its replication. */
  public List<String> topicWarnings() {
    return topicWarnings;
  }

  @Override
  protected void runOnce() throws InterruptedException {
    try {
      if (!topicChecked && !checkTopic(settings.startupTimeout())) {
        pause(backoff.next());
        return;
      }
      int published = batch.publish(producer());
      backoff.reset();
      clearProblem();
      if (published > 0) {
        listener.published(published);
      }
      if (published < settings.batchSize() && !isStopping()) {
        signals.await(settings.pollInterval());
      }
    } catch (InterruptedException e) {
      throw e;
    } catch (OutboxBatch.BatchFailed e) {
      listener.failed();
      if (!e.parked().isEmpty()) {
        listener.parked(e.parked().size());
        LOG.errorf(
            "Outbox relay for %s parked rows %s that the broker refuses (%s); the rows behind them"
                + " go on. See /internal/parked-events.",
            settings.topic(), e.parked(), SendFailures.describe(e.getCause()));
        // The rows behind the parked ones can go now; the producer starts clean.
        backoff.reset();
        discardProducer();
        return;
      }
      Duration pause = e.kind() == SendFailures.Kind.TOPIC ? settings.maxBackoff() : backoff.next();
      retryLater(e, pause);
    } catch (Exception e) {
      listener.failed();
      retryLater(e, backoff.next());
    }
  }

  /** True once the broker answered (and has the topic); false if it does not answer. */
  private boolean checkTopic(Duration timeout) {
    TopicGuard.Check check = TopicGuard.check(kafka, settings, timeout);
    if (!check.answered()) {
      reportProblem("the broker does not answer: " + check.unreachable());
      LOG.warnf(
          "Outbox relay for %s: the broker at %s does not answer (%s); events wait in the outbox"
              + " until it does",
          settings.topic(), kafka.get("bootstrap.servers"), check.unreachable());
      return false;
    }
    topicWarnings = check.warnings();
    topicChecked = true;
    return true;
  }

  private void retryLater(Exception e, Duration pause) throws InterruptedException {
    reportProblem(e.getMessage() == null ? e.toString() : e.getMessage());
    LOG.warnf(
        "Outbox relay for %s could not publish (%s); the rows stay in the outbox, retrying in"
            + " %d ms",
        settings.topic(), e, pause.toMillis());
    discardProducer();
    signals.close();
    pause(pause);
  }

  @Override
  protected void cleanUp() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
      producer = null;
      forgetProducerMetrics();
    }
    signals.close();
    LOG.infof("Outbox relay for %s stopped", settings.topic());
  }

  private Producer<String, byte[]> producer() {
    if (producer == null) {
      producer =
          new KafkaProducer<>(KafkaClients.producer(kafka, clientId, settings.sendTimeout()));
      producerMetrics = listener.bind(producer);
    }
    return producer;
  }

  private void forgetProducerMetrics() {
    try {
      producerMetrics.close();
    } catch (Exception e) {
      LOG.debugf("Could not unbind the producer's metrics: %s", e);
    }
    producerMetrics = () -> {};
  }

  private void discardProducer() {
    if (producer != null) {
      // Whatever it still holds belongs to a rolled-back batch, which will be sent again.
      producer.close(Duration.ZERO);
      producer = null;
      forgetProducerMetrics();
    }
  }
}
