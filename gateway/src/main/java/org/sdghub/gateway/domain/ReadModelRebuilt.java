package org.sdghub.gateway.domain;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a rebuild: what was replayed and when it was done.
 *
 * @param events the events read from the topics (all types, the ones no handler takes included)
 */
public record ReadModelRebuilt(
    List<String> topics, long events, Instant startedAt, Instant doneAt) {

  public ReadModelRebuilt {
    topics = List.copyOf(topics);
  }
}
