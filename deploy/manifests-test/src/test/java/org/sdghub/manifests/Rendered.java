package org.sdghub.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** The resources a kustomization renders, with the look-ups the checks need. */
record Rendered(List<ObjectNode> all) {

  Rendered {
    all = List.copyOf(all);
  }

  /** Every resource of a kind, such as {@code Deployment}. */
  List<ObjectNode> ofKind(String kind) {
    return all.stream().filter(resource -> resource.path("kind").asText().equals(kind)).toList();
  }

  /** The resource of a kind with a name, if there is one. */
  Optional<ObjectNode> find(String kind, String name) {
    return ofKind(kind).stream().filter(resource -> name(resource).equals(name)).findFirst();
  }

  /** The resource of a kind with a name; fails the test naming what is missing. */
  ObjectNode get(String kind, String name) {
    return find(kind, name)
        .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " is rendered"));
  }

  static String name(JsonNode resource) {
    return resource.path("metadata").path("name").asText();
  }

  /** The API group of a resource: the part of apiVersion before the slash, empty for core. */
  static String group(JsonNode resource) {
    String apiVersion = resource.path("apiVersion").asText();
    return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
  }
}
