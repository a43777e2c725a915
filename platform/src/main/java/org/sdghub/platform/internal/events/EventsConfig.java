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

  /** How the relay and the consumers are kept alive. */
  WorkerRestarts workers();

  /** How the outbox relay publishes. */
  interface Relay {

    /** Whether the relay runs (it also needs {@code sdghub.events.topic}). */
    @WithDefault("true")
    boolean enabled();

    /** Partitions of the topic if the relay has to create it. */
    @WithDefault("3")
    int topicPartitions();

    /**
     * Copies of each partition of the topic: the relay creates it so and, at start, warns when the
     * broker reports fewer (1 locally, 3 in production).
     */
    @WithDefault("1")
    short topicReplicationFactor();

    /**
     * The topic's {@code min.insync.replicas}, how many copies a write needs (acks=all): set when
     * the relay creates the topic, checked at start like the replication factor (1 locally, 2 in
     * production).
     */
    @WithDefault("1")
    int topicMinInsyncReplicas();

    /**
     * How many times a row that Kafka refuses for a reason of its own (too large, say) is tried
     * before it is parked, so that the rows behind it flow; failures of the broker are retried
     * without limit.
     */
    @WithDefault("3")
    int maxAttempts();

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

    /**
     * How long the service's start waits for the broker to find or create the relay's topic; if the
     * broker does not answer by then, the service starts anyway and the relay checks the topic when
     * the broker is back. A broker that answers and refuses the topic stops the start.
     */
    @WithDefault("5s")
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

  /** How background workers (the relay, the consumers) are restarted when one fails. */
  interface WorkerRestarts {

    /** The pause before a failed worker is restarted; it doubles with each failure in a row. */
    @WithDefault("1s")
    Duration restartBackoff();

    /** The longest pause; a worker that ran longer before failing counts as healthy again. */
    @WithDefault("1m")
    Duration maxRestartBackoff();

    /**
     * Restarts after failures in a row before the worker is given up on and the service's liveness
     * goes down (the orchestrator then restarts the service).
     */
    @WithDefault("10")
    int maxRestarts();
  }
}
