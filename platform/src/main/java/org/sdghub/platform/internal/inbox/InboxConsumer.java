package org.sdghub.platform.internal.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.internal.events.Backoff;
import org.sdghub.platform.internal.events.KafkaClients;
import org.sdghub.platform.internal.events.Worker;
import org.sdghub.platform.internal.problem.DatabaseFailures;

/**
 * Reads the consumed topics on a thread of its own and hands each poll's messages to the inbox in
 * one transaction, committing Kafka offsets only once the messages before them have been applied,
 * skipped or parked. When the poll's transaction fails, its messages are taken one by one: a
 * failing message is tried again after a back-off and, after the last attempt, parked, and the
 * consumer goes on; a failure of the moment (database away, lock or serialization conflict) is
 * retried without limit instead and never parks a message. When even parking fails (the database is
 * down) it rewinds to that message and waits: the message is read again, nothing is lost.
 */
public final class InboxConsumer extends Worker {

  private static final Logger LOG = Logger.getLogger(InboxConsumer.class);
  private static final Duration POLL = Duration.ofMillis(500);

  private final Map<String, Object> kafka;
  private final ConsumerSettings settings;
  private final InboxSink sink;
  private final Backoff outage;
  private volatile KafkaConsumer<String, byte[]> consumer;
  private AutoCloseable consumerMetrics = () -> {};

  public InboxConsumer(Map<String, Object> kafka, ConsumerSettings settings, InboxSink sink) {
    super("sdghub-inbox-consumer-" + settings.groupId());
    this.kafka = Map.copyOf(kafka);
    this.settings = settings;
    this.sink = sink;
    this.outage = new Backoff(settings.retryBackoff(), settings.maxBackoff());
  }

  @Override
  protected void runOnce() throws InterruptedException {
    try {
      ConsumerRecords<String, byte[]> records = consumer().poll(POLL);
      Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
      boolean complete = handleAll(records, done);
      if (!complete) {
        rewind(records, done);
      }
      if (!done.isEmpty()) {
        consumer.commitSync(done);
      }
      if (complete) {
        outage.reset();
      } else {
        pause(outage.next());
      }
    } catch (WakeupException e) {
      // Woken to stop: the loop ends; offsets not committed are read again by the next owner.
    } catch (KafkaException e) {
      Duration pause = outage.next();
      LOG.warnf("Inbox consumer: Kafka failed (%s); retrying in %d ms", e, pause.toMillis());
      pause(pause);
    }
  }

  /**
   * Handles the records in order, noting each partition's next offset; false if one got stuck. All
   * of a poll's records are first applied in one transaction; if one of them cannot be read or
   * applied, none is kept, and they are taken one by one, so that only that one is retried and
   * parked.
   */
  private boolean handleAll(
      ConsumerRecords<String, byte[]> records, Map<TopicPartition, OffsetAndMetadata> done)
      throws InterruptedException {
    if (records.count() > 1 && applyTogether(records)) {
      for (TopicPartition partition : records.partitions()) {
        List<ConsumerRecord<String, byte[]>> read = records.records(partition);
        done.put(partition, new OffsetAndMetadata(read.get(read.size() - 1).offset() + 1));
      }
      return true;
    }
    for (TopicPartition partition : records.partitions()) {
      for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
        if (!handle(record)) {
          return false;
        }
        done.put(partition, new OffsetAndMetadata(record.offset() + 1));
      }
    }
    return true;
  }

  /** True when every record was read and applied in one transaction; false when none was kept. */
  private boolean applyTogether(ConsumerRecords<String, byte[]> records) {
    List<ReceivedEvent> events = new ArrayList<>(records.count());
    for (TopicPartition partition : records.partitions()) {
      for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
        try {
          events.add(ReceivedEvent.parse(record.value()));
        } catch (RuntimeException unreadable) {
          return false;
        }
      }
    }
    try {
      List<InboxOutcome> outcomes = sink.applyAll(events);
      if (LOG.isDebugEnabled()) {
        for (int i = 0; i < events.size(); i++) {
          LOG.debugf(
              "Event %s (%s): %s", events.get(i).id(), events.get(i).type(), outcomes.get(i));
        }
      }
      return true;
    } catch (RuntimeException e) {
      LOG.debugf(e, "%d events failed together; applying them one by one", events.size());
      return false;
    }
  }

  /** True when the message is done with (applied, skipped or parked). */
  private boolean handle(ConsumerRecord<String, byte[]> record) throws InterruptedException {
    ReceivedEvent event;
    try {
      event = ReceivedEvent.parse(record.value());
    } catch (RuntimeException e) {
      // Reading it again will not help: park it at once.
      return park(record, null, e, 1);
    }
    Optional<RuntimeException> failure = applyWithRetries(event);
    if (failure.isEmpty()) {
      return true;
    }
    return !isStopping() && park(record, event, failure.get(), settings.maxAttempts());
  }

  /**
   * Empty once applied; else the last failure (also when stopped before the attempts ran out). A
   * failure of the moment (the database away or busy, a lock or serialization conflict) is no
   * attempt: it is retried with a growing pause, without limit, and never parks the event.
   */
  private Optional<RuntimeException> applyWithRetries(ReceivedEvent event)
      throws InterruptedException {
    Duration retry = settings.retryBackoff();
    Backoff waiting = new Backoff(settings.retryBackoff(), settings.maxBackoff());
    RuntimeException failure = new IllegalStateException("Stopped before the event was applied");
    int attempt = 1;
    while (attempt <= settings.maxAttempts() && !isStopping()) {
      try {
        InboxOutcome outcome = sink.apply(event);
        LOG.debugf("Event %s (%s): %s", event.id(), event.type(), outcome);
        return Optional.empty();
      } catch (RuntimeException e) {
        failure = e;
        if (DatabaseFailures.isTransient(e)) {
          Duration pause = waiting.next();
          LOG.warnf(
              "Event %s could not be applied for now (%s); trying again in %d ms",
              event.id(), Failures.describe(e), pause.toMillis());
          sink.retried();
          pause(pause);
          continue;
        }
        LOG.debugf(e, "Event %s failed attempt %d", event.id(), attempt);
        if (attempt < settings.maxAttempts()) {
          pause(retry);
          retry = retry.multipliedBy(2);
        }
        attempt++;
      }
    }
    return Optional.of(failure);
  }

  private boolean park(
      ConsumerRecord<String, byte[]> record, ReceivedEvent event, Throwable error, int attempts) {
    try {
      sink.park(record, event, error, attempts);
      LOG.warnf(
          "Parked message %s-%d@%d (event %s) after %d attempt(s): %s",
          record.topic(),
          record.partition(),
          record.offset(),
          event == null ? "unreadable" : event.id(),
          attempts,
          error);
      return true;
    } catch (RuntimeException e) {
      LOG.warnf(
          "Could not park message %s-%d@%d (%s); reading it again later",
          record.topic(), record.partition(), record.offset(), e);
      return false;
    }
  }

  /** Seeks every partition of this poll back to its first message not done with. */
  private void rewind(
      ConsumerRecords<String, byte[]> records, Map<TopicPartition, OffsetAndMetadata> done) {
    for (TopicPartition partition : records.partitions()) {
      OffsetAndMetadata next = done.get(partition);
      consumer.seek(
          partition, next != null ? next.offset() : records.records(partition).get(0).offset());
    }
  }

  private KafkaConsumer<String, byte[]> consumer() {
    if (consumer == null) {
      String clientId = "sdghub-inbox-" + settings.groupId() + "-" + UUID.randomUUID();
      consumer = new KafkaConsumer<>(KafkaClients.consumer(kafka, clientId, settings.groupId()));
      consumer.subscribe(settings.topics());
      consumerMetrics = sink.bind(consumer, settings.groupId());
      LOG.infof("Inbox consumer of group %s reading %s", settings.groupId(), settings.topics());
    }
    return consumer;
  }

  @Override
  protected void interruptWork() {
    KafkaConsumer<String, byte[]> running = consumer;
    if (running != null) {
      running.wakeup();
    }
  }

  @Override
  protected void cleanUp() {
    try {
      consumerMetrics.close();
    } catch (Exception e) {
      LOG.debugf("Could not unbind the consumer's metrics: %s", e);
    }
    if (consumer != null) {
      consumer.close(Duration.ofSeconds(5));
    }
  }
}
