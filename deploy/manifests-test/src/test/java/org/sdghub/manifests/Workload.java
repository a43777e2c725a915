package org.sdghub.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One service's Deployment as its container will see it: the container, and its environment with
 * ConfigMap values filled in and Secret values standing as {@code secret:<name>/<key>}.
 */
record Workload(
    String service, ObjectNode deployment, JsonNode container, Map<String, String> env) {

  static Workload of(Rendered rendered, String service) {
    ObjectNode deployment = rendered.get("Deployment", service);
    JsonNode container = null;
    for (JsonNode candidate : deployment.at("/spec/template/spec/containers")) {
      if (candidate.path("name").asText().equals(service)) {
        container = candidate;
      }
    }
    if (container == null) {
      throw new AssertionError("Deployment " + service + " has no container named " + service);
    }
    return new Workload(service, deployment, container, environment(rendered, container));
  }

  JsonNode podSpec() {
    return deployment.at("/spec/template/spec");
  }

  /** The container port with this name or number. */
  int containerPort(JsonNode port) {
    if (port.isInt()) {
      return port.asInt();
    }
    for (JsonNode declared : container.path("ports")) {
      if (declared.path("name").asText().equals(port.asText())) {
        return declared.path("containerPort").asInt();
      }
    }
    throw new AssertionError(service + ": no container port named " + port.asText());
  }

  private static Map<String, String> environment(Rendered rendered, JsonNode container) {
    Map<String, String> env = new LinkedHashMap<>();
    for (JsonNode source : container.path("envFrom")) {
      if (source.has("secretRef")) {
        throw new AssertionError(
            "envFrom secretRef hides which variables a container gets: name each one in env");
      }
      String name = source.at("/configMapRef/name").asText();
      JsonNode data = rendered.get("ConfigMap", name).path("data");
      data.fields().forEachRemaining(field -> env.put(field.getKey(), field.getValue().asText()));
    }
    for (JsonNode variable : container.path("env")) {
      String name = variable.path("name").asText();
      JsonNode from = variable.path("valueFrom");
      if (from.has("secretKeyRef")) {
        JsonNode ref = from.get("secretKeyRef");
        env.put(name, "secret:" + ref.path("name").asText() + "/" + ref.path("key").asText());
      } else if (from.has("configMapKeyRef")) {
        JsonNode ref = from.get("configMapKeyRef");
        env.put(
            name,
            rendered
                .get("ConfigMap", ref.path("name").asText())
                .path("data")
                .path(ref.path("key").asText())
                .asText());
      } else if (from.isMissingNode()) {
        env.put(name, variable.path("value").asText());
      } else {
        env.put(name, "field:" + from);
      }
    }
    return env;
  }
}
