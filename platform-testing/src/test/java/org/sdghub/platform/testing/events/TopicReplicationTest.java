package org.sdghub.platform.testing.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.platform.internal.events.EventsConfig;
import org.sdghub.platform.internal.outbox.OutboxRelay;
import org.sdghub.platform.internal.outbox.RelaySettings;

/**
 * The relay checks at start that its topic has the copies the configuration expects: fewer is
 * published to with a warning an operator sees, a topic that can take no write is said so, and a
 * topic the broker cannot create as configured stops the start. The test broker has one node.
 */
@QuarkusTest
class TopicReplicationTest {

  @Inject AgroalDataSource dataSource;
  @Inject EventsConfig config;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void aTopicWithFewerCopiesThanConfiguredIsPublishedToWithAWarning() throws Exception {
    String topic = existingTopic(Map.of());
    OutboxRelay relay = relay(topic, (short) 3, 2);
    try {
      relay.start();

      assertTrue(relay.isRunning(), "the relay publishes anyway");
      assertWarned(relay, "has 1 replicas, the configuration expects 3");
      assertWarned(relay, "min.insync.replicas=1, the configuration expects 2");
    } finally {
      relay.stop();
    }
  }

  @Test
  void aTopicThatCanTakeNoWriteIsSaidSo() throws Exception {
    String topic = existingTopic(Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2"));
    OutboxRelay relay = relay(topic, (short) 1, 1);
    try {
      relay.start();

      assertWarned(relay, "min.insync.replicas=2 but only 1 replicas");
    } finally {
      relay.stop();
    }
  }

  @Test
  void aTopicAsConfiguredGivesNoWarning() {
    OutboxRelay relay = relay(newName(), (short) 1, 1);
    try {
      relay.start();

      assertTrue(relay.topicWarnings().isEmpty(), relay.topicWarnings().toString());
    } finally {
      relay.stop();
    }
  }

  @Test
  void aTopicTheBrokerCannotCreateWithTheConfiguredCopiesStopsTheStart() {
    String topic = newName();
    OutboxRelay relay = relay(topic, (short) 3, 2);

    IllegalStateException failure = assertThrows(IllegalStateException.class, relay::start);

    assertTrue(failure.getMessage().contains(topic), failure.getMessage());
    assertTrue(failure.getMessage().contains("3 replicas"), failure.getMessage());
    assertFalse(relay.isRunning());
  }

  private static void assertWarned(OutboxRelay relay, String text) {
    assertTrue(
        relay.topicWarnings().stream().anyMatch(warning -> warning.contains(text)),
        "a warning saying '" + text + "' in " + relay.topicWarnings());
  }

  private OutboxRelay relay(String topic, short replicationFactor, int minInsyncReplicas) {
    RelaySettings base = RelaySettings.of(topic, config.relay());
    RelaySettings settings =
        new RelaySettings(
            topic,
            1,
            replicationFactor,
            minInsyncReplicas,
            base.batchSize(),
            base.maxAttempts(),
            base.pollInterval(),
            base.sendTimeout(),
            base.initialBackoff(),
            base.maxBackoff(),
            base.startupTimeout());
    return new OutboxRelay(dataSource, Map.of("bootstrap.servers", bootstrapServers), settings);
  }

  private static String existingTopic(Map<String, String> configs) throws Exception {
    String name = newName();
    try (Admin admin = EmbeddedServers.shared().kafka().admin()) {
      admin
          .createTopics(List.of(new NewTopic(name, 1, (short) 1).configs(configs)))
          .all()
          .get(60, TimeUnit.SECONDS);
    }
    return name;
  }

  private static String newName() {
    return "sdghub.platform-test.replication-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
