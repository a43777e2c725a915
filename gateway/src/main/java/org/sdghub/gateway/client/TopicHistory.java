package org.sdghub.gateway.client;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.sdghub.platform.ReceivedEvent;

/**
 * Reads topics from their beginning up to their end as it was when the reading began, with a
 * consumer of no group (it commits nothing and disturbs no consumer group), partition by partition,
 * so that each aggregate's events come in their order. Messages that are not CloudEvents are
 * skipped (the inbox parked them when they first came).
 */
@ApplicationScoped
public class TopicHistory {

  private static final Logger LOG = Logger.getLogger(TopicHistory.class);
  private static final Duration POLL = Duration.ofMillis(500);

  private final Map<String, Object> kafka;

  TopicHistory(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
    this.kafka = Map.copyOf(kafka);
  }

  /** Hands every event of the topics to {@code each}, in order; returns how many. */
  public long replay(List<String> topics, Consumer<ReceivedEvent> each) {
    long count = 0;
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings())) {
      for (String topic : topics) {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic);
        for (PartitionInfo info : partitions == null ? List.<PartitionInfo>of() : partitions) {
          count += replay(consumer, new TopicPartition(topic, info.partition()), each);
        }
      }
    }
    return count;
  }

  private long replay(
      KafkaConsumer<String, byte[]> consumer,
      TopicPartition partition,
      Consumer<ReceivedEvent> each) {
    consumer.assign(List.of(partition));
    consumer.seekToBeginning(List.of(partition));
    long end = consumer.endOffsets(List.of(partition)).get(partition);
    long count = 0;
    while (consumer.position(partition) < end) {
      for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL).records(partition)) {
        if (record.offset() >= end) {
          return count;
        }
        count += handle(record, each);
      }
    }
    return count;
  }

  private static int handle(ConsumerRecord<String, byte[]> record, Consumer<ReceivedEvent> each) {
    ReceivedEvent event;
    try {
      event = ReceivedEvent.parse(record.value());
    } catch (IllegalArgumentException e) {
      LOG.warnf(
          "Replay skipped %s-%d@%d: not a CloudEvent",
          record.topic(), record.partition(), record.offset());
      return 0;
    }
    each.accept(event);
    return 1;
  }

  private Map<String, Object> settings() {
    Map<String, Object> settings = new HashMap<>();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.get("bootstrap.servers"));
    kafka.forEach(
        (key, value) -> {
          if (key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
            settings.put(key, value);
          }
        });
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return settings;
  }
}
