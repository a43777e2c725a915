package org.sdghub.platform.internal.outbox;

import java.time.Duration;
import org.sdghub.platform.internal.events.EventsConfig;

/**
 * What one outbox relay publishes and how; see {@link EventsConfig.Relay} for each setting.
 *
 * @param topic the topic whose outbox rows the relay publishes, to that topic
 */
public record RelaySettings(
    String topic,
    int topicPartitions,
    short topicReplicationFactor,
    int topicMinInsyncReplicas,
    int batchSize,
    int maxAttempts,
    Duration pollInterval,
    Duration sendTimeout,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration startupTimeout) {

  public RelaySettings {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("max attempts must be at least 1: " + maxAttempts);
    }
  }

  /** The settings of the service's relay for {@code topic}. */
  public static RelaySettings of(String topic, EventsConfig.Relay relay) {
    return new RelaySettings(
        topic,
        relay.topicPartitions(),
        relay.topicReplicationFactor(),
        relay.topicMinInsyncReplicas(),
        relay.batchSize(),
        relay.maxAttempts(),
        relay.pollInterval(),
        relay.sendTimeout(),
        relay.initialBackoff(),
        relay.maxBackoff(),
        relay.startupTimeout());
  }

  /** The same settings for another topic (tests publish to topics of their own). */
  public RelaySettings forTopic(String other) {
    return new RelaySettings(
        other,
        topicPartitions,
        topicReplicationFactor,
        topicMinInsyncReplicas,
        batchSize,
        maxAttempts,
        pollInterval,
        sendTimeout,
        initialBackoff,
        maxBackoff,
        startupTimeout);
  }
}
