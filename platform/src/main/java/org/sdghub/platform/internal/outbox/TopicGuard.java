package org.sdghub.platform.internal.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;
import org.sdghub.platform.internal.events.KafkaClients;

/**
 * Makes sure the relay's topic exists before it publishes, and is replicated as the service's
 * configuration expects: brokers refuse to create topics on first use (so that a misspelt name
 * fails loudly), so the relay creates its own with the configured replication factor and {@code
 * min.insync.replicas}. A topic that exists with fewer copies than configured (in production the
 * cluster's operator owns the topics) is published to, with a warning in the log and in readiness:
 * the service works, but a broker's loss may lose or block writes. A broker that does not answer is
 * not a failure: the relay asks again once it is back.
 */
final class TopicGuard {

  private static final Logger LOG = Logger.getLogger(TopicGuard.class);

  /** What the broker said about the topic. */
  record Check(boolean answered, List<String> warnings, String unreachable) {

    static Check ready(List<String> warnings) {
      return new Check(true, List.copyOf(warnings), null);
    }

    static Check unreachable(Throwable why) {
      return new Check(false, List.of(), String.valueOf(why));
    }
  }

  private TopicGuard() {}

  /**
   * Finds or creates the topic and checks its replication, waiting up to {@code timeout} for the
   * broker.
   *
   * @throws IllegalStateException when the broker answers and refuses the topic (an invalid name,
   *     no authorisation, more replicas than brokers…): a configuration to fix
   */
  static Check check(Map<String, Object> kafka, RelaySettings settings, Duration timeout) {
    Admin admin = Admin.create(KafkaClients.admin(kafka, timeout));
    try {
      if (!admin
          .listTopics()
          .names()
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
          .contains(settings.topic())) {
        create(admin, settings, timeout);
      }
      return Check.ready(replicationWarnings(admin, settings, timeout));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RetriableException) {
        return Check.unreachable(e.getCause());
      }
      throw failure(settings, kafka, e.getCause());
    } catch (TimeoutException e) {
      return Check.unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Check.unreachable(e);
    } finally {
      admin.close(Duration.ofSeconds(1));
    }
  }

  private static void create(Admin admin, RelaySettings settings, Duration timeout)
      throws ExecutionException, InterruptedException, TimeoutException {
    NewTopic topic =
        new NewTopic(
                settings.topic(), settings.topicPartitions(), settings.topicReplicationFactor())
            .configs(
                Map.of(
                    TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                    Integer.toString(settings.topicMinInsyncReplicas())));
    try {
      admin.createTopics(List.of(topic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      LOG.infof(
          "Created topic %s with %d partitions, %d replicas, min.insync.replicas=%d",
          settings.topic(),
          settings.topicPartitions(),
          settings.topicReplicationFactor(),
          settings.topicMinInsyncReplicas());
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }

  /** What an operator should know about the topic's copies, if anything. */
  private static List<String> replicationWarnings(
      Admin admin, RelaySettings settings, Duration timeout)
      throws ExecutionException, InterruptedException, TimeoutException {
    TopicDescription description =
        admin
            .describeTopics(List.of(settings.topic()))
            .allTopicNames()
            .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .get(settings.topic());
    int replicas =
        description.partitions().stream()
            .mapToInt(partition -> partition.replicas().size())
            .min()
            .orElse(0);
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, settings.topic());
    Config config =
        admin
            .describeConfigs(List.of(resource))
            .all()
            .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .get(resource);
    ConfigEntry entry = config == null ? null : config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
    int minInsync = entry == null || entry.value() == null ? 1 : Integer.parseInt(entry.value());
    return warnings(settings, replicas, minInsync);
  }

  static List<String> warnings(RelaySettings settings, int replicas, int minInsync) {
    List<String> warnings = new ArrayList<>();
    String topic = settings.topic();
    if (minInsync > replicas) {
      warnings.add(
          String.format(
              "topic %s has min.insync.replicas=%d but only %d replicas: the broker refuses every"
                  + " write (NotEnoughReplicas) until one of them is changed",
              topic, minInsync, replicas));
    }
    if (replicas < settings.topicReplicationFactor()) {
      warnings.add(
          String.format(
              "topic %s has %d replicas, the configuration expects %d: losing a broker may lose"
                  + " acknowledged events",
              topic, replicas, settings.topicReplicationFactor()));
    }
    if (minInsync < settings.topicMinInsyncReplicas()) {
      warnings.add(
          String.format(
              "topic %s has min.insync.replicas=%d, the configuration expects %d: a write is"
                  + " acknowledged with fewer copies than intended",
              topic, minInsync, settings.topicMinInsyncReplicas()));
    }
    warnings.forEach(warning -> LOG.warn("Outbox relay: " + warning));
    return warnings;
  }

  private static IllegalStateException failure(
      RelaySettings settings, Map<String, Object> kafka, Throwable cause) {
    return new IllegalStateException(
        "The outbox relay cannot publish: topic "
            + settings.topic()
            + " does not exist on "
            + kafka.get("bootstrap.servers")
            + " and the broker refused to create it as configured ("
            + settings.topicPartitions()
            + " partitions, "
            + settings.topicReplicationFactor()
            + " replicas, min.insync.replicas="
            + settings.topicMinInsyncReplicas()
            + "): "
            + cause,
        cause);
  }
}
