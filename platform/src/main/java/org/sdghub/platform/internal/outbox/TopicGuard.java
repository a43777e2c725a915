package org.sdghub.platform.internal.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;
import org.sdghub.platform.internal.events.KafkaClients;

/**
 * Makes sure the relay's topic exists before it publishes: brokers refuse to create topics on first
 * use (so that a misspelt name fails loudly), so the relay creates its own, or stops the
 * application's start with the reason.
 */
final class TopicGuard {

  private static final Logger LOG = Logger.getLogger(TopicGuard.class);

  private TopicGuard() {}

  static void ensure(Map<String, Object> kafka, RelaySettings settings) {
    Duration timeout = settings.startupTimeout();
    try (Admin admin = Admin.create(KafkaClients.admin(kafka, timeout))) {
      if (admin
          .listTopics()
          .names()
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
          .contains(settings.topic())) {
        return;
      }
      create(admin, settings);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw failure(settings, kafka, e.getCause());
      }
    } catch (TimeoutException e) {
      throw failure(settings, kafka, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(settings, kafka, e);
    }
  }

  private static void create(Admin admin, RelaySettings settings)
      throws ExecutionException, InterruptedException, TimeoutException {
    // No replication factor: the broker's default, as the cluster's operators set it.
    NewTopic topic =
        new NewTopic(settings.topic(), Optional.of(settings.topicPartitions()), Optional.empty());
    admin
        .createTopics(List.of(topic))
        .all()
        .get(settings.startupTimeout().toMillis(), TimeUnit.MILLISECONDS);
    LOG.infof("Created topic %s with %d partitions", settings.topic(), settings.topicPartitions());
  }

  private static IllegalStateException failure(
      RelaySettings settings, Map<String, Object> kafka, Throwable cause) {
    return new IllegalStateException(
        "The outbox relay cannot publish: topic "
            + settings.topic()
            + " does not exist on "
            + kafka.get("bootstrap.servers")
            + " and could not be created within "
            + settings.startupTimeout()
            + " ("
            + cause
            + ")",
        cause);
  }
}
