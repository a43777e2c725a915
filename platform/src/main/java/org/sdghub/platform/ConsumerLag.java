package org.sdghub.platform;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How many messages of each topic a consumer group has still to read: the topics' end offsets minus
 * the group's committed offsets, summed over partitions, read with Kafka's admin client.
 */
@ApplicationScoped
public class ConsumerLag {

  private static final long TIMEOUT_SECONDS = 5;

  private final Map<String, Object> kafka;
  private volatile Admin admin;

  ConsumerLag(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
    this.kafka = Map.copyOf(kafka);
  }

  /** Messages behind per topic; empty when the broker cannot say within a few seconds. */
  public Optional<Map<String, Long>> of(String groupId, List<String> topics) {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin()
              .listConsumerGroupOffsets(groupId)
              .partitionsToOffsetAndMetadata()
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
      for (var description :
          admin()
              .describeTopics(topics)
              .allTopicNames()
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
              .values()) {
        description
            .partitions()
            .forEach(
                p ->
                    ends.put(
                        new TopicPartition(description.name(), p.partition()),
                        OffsetSpec.latest()));
      }
      Map<TopicPartition, ListOffsetsResultInfo> latest =
          admin().listOffsets(ends).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return Optional.of(
          latest.entrySet().stream()
              .collect(
                  Collectors.groupingBy(
                      e -> e.getKey().topic(),
                      Collectors.summingLong(
                          e -> behind(e.getValue().offset(), committed.get(e.getKey()))))));
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static long behind(long end, OffsetAndMetadata committed) {
    return Math.max(0, end - (committed == null ? 0 : committed.offset()));
  }

  private Admin admin() {
    if (admin == null) {
      synchronized (this) {
        if (admin == null) {
          Map<String, Object> settings = new HashMap<>();
          kafka.forEach(
              (key, value) -> {
                if (AdminClientConfig.configNames().contains(key)) {
                  settings.put(key, value);
                }
              });
          admin = Admin.create(settings);
        }
      }
    }
    return admin;
  }

  @PreDestroy
  void close() {
    if (admin != null) {
      admin.close();
    }
  }
}
