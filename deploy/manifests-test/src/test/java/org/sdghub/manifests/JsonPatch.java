package org.sdghub.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies RFC 6902 JSON patches (the operations add, replace and remove, which are all that the
 * overlays use) as Kustomize's {@code patches} do; anything else fails loudly.
 */
final class JsonPatch {

  private JsonPatch() {}

  /** Applies each operation of {@code patch} (a list) to {@code target} in place. */
  static void apply(JsonNode patch, ObjectNode target) {
    if (!patch.isArray()) {
      throw new UnsupportedOperationException(
          "only JSON 6902 patches (a list of operations) are rendered here; a strategic-merge"
              + " patch needs the renderer extended");
    }
    for (JsonNode operation : patch) {
      String op = operation.path("op").asText();
      String path = operation.path("path").asText();
      switch (op) {
        case "add" -> add(target, path, operation.get("value").deepCopy());
        case "replace" -> replace(target, path, operation.get("value").deepCopy());
        case "remove" -> remove(target, path);
        default -> throw new UnsupportedOperationException("patch operation " + op);
      }
    }
  }

  private static void add(ObjectNode root, String path, JsonNode value) {
    JsonNode parent = parent(root, path);
    String last = last(path);
    if (parent instanceof ObjectNode object) {
      object.set(last, value);
    } else if (parent instanceof ArrayNode array) {
      if (last.equals("-")) {
        array.add(value);
      } else {
        array.insert(index(array, last, array.size()), value);
      }
    } else {
      throw new IllegalArgumentException("no container at " + path);
    }
  }

  private static void replace(ObjectNode root, String path, JsonNode value) {
    JsonNode parent = parent(root, path);
    String last = last(path);
    if (parent instanceof ObjectNode object && object.has(last)) {
      object.set(last, value);
    } else if (parent instanceof ArrayNode array) {
      array.set(index(array, last, array.size() - 1), value);
    } else {
      throw new IllegalArgumentException("replace: nothing at " + path);
    }
  }

  private static void remove(ObjectNode root, String path) {
    JsonNode parent = parent(root, path);
    String last = last(path);
    if (parent instanceof ObjectNode object && object.has(last)) {
      object.remove(last);
    } else if (parent instanceof ArrayNode array) {
      array.remove(index(array, last, array.size() - 1));
    } else {
      throw new IllegalArgumentException("remove: nothing at " + path);
    }
  }

  private static JsonNode parent(ObjectNode root, String path) {
    List<String> tokens = tokens(path);
    JsonNode node = root;
    for (String token : tokens.subList(0, tokens.size() - 1)) {
      node = node.isArray() ? node.get(Integer.parseInt(token)) : node.get(token);
      if (node == null) {
        throw new IllegalArgumentException("patch path " + path + " does not exist");
      }
    }
    return node;
  }

  private static String last(String path) {
    List<String> tokens = tokens(path);
    return tokens.get(tokens.size() - 1);
  }

  private static int index(ArrayNode array, String token, int highest) {
    int index = Integer.parseInt(token);
    if (index < 0 || index > highest) {
      throw new IllegalArgumentException("index " + index + " outside a list of " + array.size());
    }
    return index;
  }

  private static List<String> tokens(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a JSON pointer starts with /: " + path);
    }
    List<String> tokens = new ArrayList<>();
    for (String token : path.substring(1).split("/", -1)) {
      tokens.add(token.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }
}
