package org.sdghub.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sdghub.platform.ServiceTopics;

/**
 * Kafka runs as a Strimzi cluster in KRaft mode with node pools; its KafkaTopics are exactly the
 * topics the code uses, replicated as the overlay promises.
 */
class KafkaTest {

  @ParameterizedTest
  @EnumSource(Overlay.class)
  void kafkaRunsInKraftModeWithNodePoolsForBothRoles(Overlay overlay) {
    Rendered rendered = Repo.render(overlay);
    ObjectNode kafka = theKafka(rendered);
    JsonNode annotations = kafka.at("/metadata/annotations");
    assertEquals("enabled", annotations.path("strimzi.io/node-pools").asText());
    assertEquals("enabled", annotations.path("strimzi.io/kraft").asText());
    Set<String> roles = new TreeSet<>();
    for (ObjectNode pool : rendered.ofKind("KafkaNodePool")) {
      assertEquals(Rendered.name(kafka), pool.at("/metadata/labels/strimzi.io~1cluster").asText());
      pool.at("/spec/roles").forEach(role -> roles.add(role.asText()));
    }
    assertEquals(Set.of("broker", "controller"), roles, overlay + ": node pool roles");
  }

  @ParameterizedTest
  @EnumSource(Overlay.class)
  void topicsAreExactlyTheOnesTheServicesUse(Overlay overlay) {
    Rendered rendered = Repo.render(overlay);
    Set<String> declared = new TreeSet<>();
    for (ObjectNode topic : rendered.ofKind("KafkaTopic")) {
      assertEquals(
          Rendered.name(theKafka(rendered)),
          topic.at("/metadata/labels/strimzi.io~1cluster").asText(),
          Rendered.name(topic) + ": the Kafka cluster label");
      declared.add(topic.at("/spec/topicName").asText(Rendered.name(topic)));
    }
    assertEquals(usedTopics(), declared, overlay + ": KafkaTopics");
  }

  @ParameterizedTest
  @EnumSource(Overlay.class)
  void everyTopicIsReplicatedAsTheOverlayPromises(Overlay overlay) {
    Rendered rendered = Repo.render(overlay);
    int replicas = overlay == Overlay.PRODUCTION ? 3 : 1;
    int minInSync = overlay == Overlay.PRODUCTION ? 2 : 1;
    for (ObjectNode topic : rendered.ofKind("KafkaTopic")) {
      String name = Rendered.name(topic);
      assertEquals(replicas, topic.at("/spec/replicas").asInt(), name + " replicas");
      assertEquals(
          minInSync, topic.at("/spec/config/min.insync.replicas").asInt(), name + " min.insync");
      assertTrue(
          replicas <= brokers(rendered),
          name + ": more replicas than brokers: " + brokers(rendered));
    }
    JsonNode config = theKafka(rendered).at("/spec/kafka/config");
    assertEquals(replicas, config.path("default.replication.factor").asInt());
    assertEquals(minInSync, config.path("min.insync.replicas").asInt());
    assertEquals(replicas, config.path("offsets.topic.replication.factor").asInt());
    assertEquals(replicas, config.path("transaction.state.log.replication.factor").asInt());
    if (overlay == Overlay.PRODUCTION) {
      int controllers = count(rendered, "controller");
      assertTrue(controllers >= 3 && controllers % 2 == 1, "an odd quorum of 3+: " + controllers);
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("org.sdghub.manifests.Cases#overlaysAndServices")
  void aPublishingServiceExpectsItsTopicReplicatedAsItsKafkaTopicIs(
      Overlay overlay, String service) {
    Rendered rendered = Repo.render(overlay);
    ServiceConfig config = Repo.config(service);
    java.util.Map<String, String> env = Workload.of(rendered, service).env();
    java.util.Optional<String> published = config.value("sdghub.events.topic", env);
    if (published.isEmpty()) {
      return;
    }
    ObjectNode topic =
        rendered.ofKind("KafkaTopic").stream()
            .filter(t -> t.at("/spec/topicName").asText(Rendered.name(t)).equals(published.get()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no KafkaTopic for " + published.get()));
    assertEquals(
        topic.at("/spec/replicas").asText(),
        config.value("sdghub.events.relay.topic-replication-factor", "", env),
        service + ": the replication factor its relay expects of " + published.get());
    assertEquals(
        topic.at("/spec/config/min.insync.replicas").asText(),
        config.value("sdghub.events.relay.topic-min-insync-replicas", "", env),
        service + ": the min.insync.replicas its relay expects of " + published.get());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("org.sdghub.manifests.Cases#overlaysAndServices")
  void serviceConnectsToAPlainListenerOfTheCluster(Overlay overlay, String service) {
    Rendered rendered = Repo.render(overlay);
    ObjectNode kafka = theKafka(rendered);
    String bootstrap =
        Repo.config(service)
            .value("kafka.bootstrap.servers", Workload.of(rendered, service).env())
            .orElseThrow();
    List<String> plainPorts = new java.util.ArrayList<>();
    for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
      if (!listener.path("tls").asBoolean() && listener.path("type").asText().equals("internal")) {
        plainPorts.add(listener.path("port").asText());
      }
    }
    String host = Rendered.name(kafka) + "-kafka-bootstrap";
    assertTrue(
        plainPorts.stream().anyMatch(port -> bootstrap.equals(host + ":" + port)),
        service
            + " connects to "
            + bootstrap
            + "; the cluster's plain listeners are "
            + host
            + ":"
            + plainPorts);
  }

  /** The topics of ServiceTopics, and every topic a service publishes to or consumes. */
  static Set<String> usedTopics() {
    Set<String> topics = new TreeSet<>(ServiceTopics.ALL);
    for (String service : Repo.services()) {
      ServiceConfig config = Repo.config(service);
      config.value("sdghub.events.topic", java.util.Map.of()).ifPresent(topics::add);
      config
          .value("sdghub.events.consumer.topics", java.util.Map.of())
          .ifPresent(list -> topics.addAll(List.of(list.strip().split("\\s*,\\s*"))));
    }
    return topics;
  }

  private static ObjectNode theKafka(Rendered rendered) {
    List<ObjectNode> clusters = rendered.ofKind("Kafka");
    assertEquals(1, clusters.size(), "one Kafka cluster");
    assertEquals("kafka.strimzi.io", Rendered.group(clusters.get(0)));
    return clusters.get(0);
  }

  private static int brokers(Rendered rendered) {
    return count(rendered, "broker");
  }

  private static int count(Rendered rendered, String role) {
    int nodes = 0;
    for (ObjectNode pool : rendered.ofKind("KafkaNodePool")) {
      for (JsonNode each : pool.at("/spec/roles")) {
        if (each.asText().equals(role)) {
          nodes += pool.at("/spec/replicas").asInt();
        }
      }
    }
    return nodes;
  }
}
