package org.sdghub.platform.internal.inbox;

import java.time.Duration;
import java.util.List;

/**
 * What one inbox consumer reads and how it retries; see {@code EventsConfig.Consumer} for each
 * setting.
 */
public record ConsumerSettings(
    String groupId,
    List<String> topics,
    int maxAttempts,
    Duration retryBackoff,
    Duration maxBackoff) {

  public ConsumerSettings {
    topics = List.copyOf(topics);
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("max attempts must be at least 1: " + maxAttempts);
    }
  }
}
