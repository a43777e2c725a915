package org.sdghub.platform.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.sdghub.platform.ReceivedEvent;

/**
 * Reads a topic from where it ends when the probe is made (or from its beginning), outside any
 * consumer group, so that a test can assert on the CloudEvents that really arrived: how many, in
 * which order, with which key. Make it before the action under test; close it after.
 */
public final class TopicProbe implements AutoCloseable {

  /**
   * A message read from the topic.
   *
   * @param event the message read as a CloudEvent, or null if it is not one
   */
  public record Message(String key, int partition, long offset, ReceivedEvent event) {}

  private static final Duration POLL = Duration.ofMillis(100);

  private final KafkaConsumer<String, byte[]> consumer;
  private final List<Message> messages = new ArrayList<>();

  private TopicProbe(String bootstrapServers, String topic, boolean fromBeginning) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG,
                "topic-probe-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName()));
    List<TopicPartition> partitions = partitionsOf(topic);
    consumer.assign(partitions);
    if (fromBeginning) {
      consumer.seekToBeginning(partitions);
    } else {
      consumer.seekToEnd(partitions);
    }
    // Seeking is lazy: asking for the positions fixes them now, before the test acts.
    partitions.forEach(consumer::position);
  }

  /** A probe of {@code topic} on the application's broker ({@code kafka.bootstrap.servers}). */
  public static TopicProbe atEnd(String topic) {
    return atEnd(
        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), topic);
  }

  /** A probe that reads what arrives on {@code topic} from now on. */
  public static TopicProbe atEnd(String bootstrapServers, String topic) {
    return new TopicProbe(bootstrapServers, topic, false);
  }

  /** A probe that reads {@code topic} from its first message. */
  public static TopicProbe fromBeginning(String bootstrapServers, String topic) {
    return new TopicProbe(bootstrapServers, topic, true);
  }

  /** Waits until {@code count} events have arrived; returns the first {@code count}. */
  public List<ReceivedEvent> awaitEvents(int count, Duration within) {
    return awaitEvents(event -> true, count, within);
  }

  /**
   * Waits until {@code count} events that match {@code filter} have arrived; returns the first
   * {@code count} of them, in the order read (which is the order of each partition).
   */
  public List<ReceivedEvent> awaitEvents(
      Predicate<ReceivedEvent> filter, int count, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    List<ReceivedEvent> matching = matching(filter);
    while (matching.size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Expected "
                + count
                + " matching events on the topic within "
                + within
                + ", got "
                + matching.size()
                + " (of "
                + messages.size()
                + " messages read)");
      }
      readMore();
      matching = matching(filter);
    }
    return matching.subList(0, count);
  }

  /**
   * Waits until {@code count} different events (by id) that match {@code filter} have arrived, as a
   * consumer that skips repeated ids sees them; returns the first arrival of each, in order.
   */
  public List<ReceivedEvent> awaitDistinctEvents(
      Predicate<ReceivedEvent> filter, int count, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    List<ReceivedEvent> distinct = distinct(filter);
    while (distinct.size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Expected "
                + count
                + " different matching events on the topic within "
                + within
                + ", got "
                + distinct.size());
      }
      readMore();
      distinct = distinct(filter);
    }
    return distinct.subList(0, count);
  }

  /**
   * Keeps reading for {@code quiet} and fails if more than {@code count} events match {@code
   * filter} in all: proves that what was awaited was all there is.
   */
  public void expectNoMore(Predicate<ReceivedEvent> filter, int count, Duration quiet) {
    long deadline = System.nanoTime() + quiet.toNanos();
    while (System.nanoTime() < deadline) {
      readMore();
    }
    int found = matching(filter).size();
    if (found > count) {
      throw new AssertionError("Expected " + count + " matching events, got " + found);
    }
  }

  /** Everything read so far, in the order read. */
  public List<Message> messages() {
    return List.copyOf(messages);
  }

  @Override
  public void close() {
    consumer.close();
  }

  private List<ReceivedEvent> matching(Predicate<ReceivedEvent> filter) {
    return messages.stream()
        .map(Message::event)
        .filter(event -> event != null && filter.test(event))
        .toList();
  }

  private List<ReceivedEvent> distinct(Predicate<ReceivedEvent> filter) {
    Set<String> ids = new HashSet<>();
    return matching(filter).stream().filter(event -> ids.add(event.id())).toList();
  }

  private void readMore() {
    for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
      messages.add(new Message(record.key(), record.partition(), record.offset(), read(record)));
    }
  }

  private static ReceivedEvent read(ConsumerRecord<String, byte[]> record) {
    try {
      return ReceivedEvent.parse(record.value());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private List<TopicPartition> partitionsOf(String topic) {
    List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30));
    if (partitions == null || partitions.isEmpty()) {
      consumer.close();
      throw new IllegalStateException("Topic " + topic + " does not exist");
    }
    return partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
  }
}
