package org.sdghub.platform.internal.events;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The settings of the platform's Kafka clients, on top of the service's common {@code kafka.*}
 * configuration (bootstrap servers, security): what the outbox and the inbox rely on is set here
 * explicitly, whatever the common configuration says.
 */
public final class KafkaClients {

  private KafkaClients() {}

  /** An idempotent producer that waits for every in-sync replica and gives up after a bound. */
  public static Map<String, Object> producer(
      Map<String, Object> common, String clientId, Duration sendTimeout) {
    Map<String, Object> config = new HashMap<>(common);
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    // Idempotence keeps each partition in order with up to 5 requests in flight.
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    config.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
    int timeout = (int) Math.max(2_000, sendTimeout.toMillis());
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(30_000, timeout / 2));
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return config;
  }

  /** A consumer of a group that commits offsets itself, after the inbox transaction. */
  public static Map<String, Object> consumer(
      Map<String, Object> common, String clientId, String groupId) {
    Map<String, Object> config = new HashMap<>(common);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    // A new group builds its local copy from the whole history still on the topic.
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return config;
  }

  /** An admin client's settings. */
  public static Map<String, Object> admin(Map<String, Object> common, Duration timeout) {
    Map<String, Object> config = new HashMap<>(common);
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    int millis = (int) Math.max(1_000, timeout.toMillis());
    config.put("request.timeout.ms", Math.min(15_000, millis));
    config.put("default.api.timeout.ms", millis);
    return config;
  }
}
