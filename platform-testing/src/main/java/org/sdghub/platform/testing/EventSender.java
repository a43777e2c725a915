package org.sdghub.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.internal.events.CloudEventCodec;

/**
 * Sends CloudEvents straight to a topic, as another service's relay would (also twice, or out of
 * order, or broken), so that consumers' tests can feed their inbox. Each send waits for the
 * broker's acknowledgement.
 */
public final class EventSender implements AutoCloseable {

  private final KafkaProducer<String, byte[]> producer;

  private EventSender(String bootstrapServers) {
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class.getName()));
  }

  /** A sender to the application's broker ({@code kafka.bootstrap.servers}). */
  public static EventSender toApplicationBroker() {
    return to(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
  }

  public static EventSender to(String bootstrapServers) {
    return new EventSender(bootstrapServers);
  }

  /** A new event (fresh id, time now) about aggregate {@code subject} at {@code sequence}. */
  public static ReceivedEvent newEvent(
      String source, String type, String subject, long sequence, JsonNode data) {
    return new ReceivedEvent(
        UUID.randomUUID().toString(),
        type,
        source,
        subject,
        sequence,
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
        data);
  }

  /** Sends the event as a structured-mode CloudEvent keyed by its subject. */
  public void send(String topic, ReceivedEvent event) {
    sendRaw(topic, event.subject(), CloudEventCodec.encode(event));
  }

  /** Sends any bytes, such as a message that is not a CloudEvent at all. */
  public void sendRaw(String topic, String key, byte[] value) {
    try {
      producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Could not send to " + topic, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while sending to " + topic, e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
