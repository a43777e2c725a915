package org.sdghub.platform.internal.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The events configuration of a service: what it publishes, what it consumes, and how. */
@ConfigMapping(prefix = "sdghub.events")
public interface EventsConfig {

  /** The CloudEvents {@code source} of what this service publishes. */
  @WithDefault("/sdghub/${quarkus.application.name}")
  String source();

  /**
   * The topic this service publishes to; without it the outbox refuses events and no relay runs.
   */
  Optional<String> topic();

  /** Whether appended events are checked against {@code events/<type>.schema.json}. */
  @WithDefault("true")
  boolean validateOnAppend();

  /** How often sent outbox rows and old inbox ids are purged (read by the purge job's schedule). */
  @WithDefault("1h")
  Duration purgeEvery();

  /** The outbox relay. */
  Relay relay();

  /** The inbox consumer. */
  Consumer consumer();

  /** How the outbox relay publishes. */
  interface Relay {

    /** Whether the relay runs (it also needs {@code sdghub.events.topic}). */
    @WithDefault("true")
    boolean enabled();

    /** Partitions of the topic if the relay has to create it. */
    @WithDefault("3")
    int topicPartitions();

    /** Most rows published in one database transaction. */
    @WithDefault("500")
    int batchSize();

    /** How often the relay looks for rows when no commit has woken it. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long a batch may wait for the broker's acknowledgements before it is retried. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** The first pause after a failure; it doubles with each failure in a row. */
    @WithDefault("200ms")
    Duration initialBackoff();

    /** The longest pause between retries. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How long the relay may take at start to find or create its topic. */
    @WithDefault("60s")
    Duration startupTimeout();

    /** How long sent rows are kept before the purge job deletes them. */
    @WithDefault("P7D")
    Duration retention();
  }

  /** How the inbox consumer applies events. */
  interface Consumer {

    /** Whether the consumer runs (it also needs a group id and topics). */
    @WithDefault("true")
    boolean enabled();

    /** The Kafka consumer group; instances of one service share it. */
    Optional<String> groupId();

    /** The topics to consume. */
    Optional<List<String>> topics();

    /** How many times a failing event is tried before it is parked as a dead letter. */
    @WithDefault("3")
    int maxAttempts();

    /** The pause after a failed attempt; it doubles with each attempt. */
    @WithDefault("200ms")
    Duration retryBackoff();

    /** The longest pause while the database is unreachable. */
    @WithDefault("30s")
    Duration maxBackoff();

    /**
     * How long the ids of applied events are kept; older redeliveries are still caught by the
     * aggregate's sequence.
     */
    @WithDefault("P30D")
    Duration inboxRetention();
  }
}
