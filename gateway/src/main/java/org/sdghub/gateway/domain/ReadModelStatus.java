package org.sdghub.gateway.domain;

import java.time.Instant;
import java.util.List;

/**
 * How current the who-what-where read model is.
 *
 * @param asOf the time of the last applied event (null before any)
 * @param topics per consumed topic: its last applied event's time and how many messages the gateway
 *     has still to read (null when the broker could not say)
 */
public record ReadModelStatus(Instant asOf, List<TopicStatus> topics) {

  /** One topic's freshness. */
  public record TopicStatus(String topic, Instant asOf, Long lag) {}

  public ReadModelStatus {
    topics = List.copyOf(topics);
  }
}
