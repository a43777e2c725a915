package org.sdghub.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The {@code components} of OpenAPI documents being merged: clashes, merging, pruning. */
final class OpenApiComponents {

  private static final String COMPONENTS = "#/components/";

  private OpenApiComponents() {}

  /**
   * Renames this document's components that clash with different ones already merged, and then,
   * until nothing changes, every component that differs only because a component it references was
   * renamed: a component identical in two services but for a schema it references must follow that
   * schema, or one service's operations would point at the other's. A new name is never one already
   * taken, so nothing is overwritten or dropped.
   */
  static void renameClashes(ObjectNode document, ObjectNode merged, String sourceName) {
    JsonNode sections = document.path("components");
    Map<String, String> renamed = new HashMap<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Iterator<String> it = sections.fieldNames(); it.hasNext(); ) {
        String section = it.next();
        if (section.equals("securitySchemes") || !sections.get(section).isObject()) {
          continue;
        }
        ObjectNode own = (ObjectNode) sections.get(section);
        JsonNode existing = merged.path(section);
        for (String name : names(own.fieldNames())) {
          String ref = ref(section, name);
          if (renamed.containsKey(ref) || !existing.has(name)) {
            continue;
          }
          JsonNode asItWillBe = own.get(name).deepCopy();
          rewriteRefs(asItWillBe, renamed);
          if (!existing.get(name).equals(asItWillBe)) {
            String newName =
                freeName(section, pascal(sourceName) + name, own, existing, renamed.values());
            renamed.put(ref, ref(section, newName));
            changed = true;
          }
        }
      }
    }
    if (renamed.isEmpty()) {
      return;
    }
    for (Map.Entry<String, String> rename : renamed.entrySet()) {
      String[] from = rename.getKey().substring(COMPONENTS.length()).split("/", 2);
      String to = rename.getValue().substring(rename.getValue().lastIndexOf('/') + 1);
      ObjectNode own = (ObjectNode) sections.get(from[0]);
      own.set(to, own.remove(from[1]));
    }
    rewriteRefs(document, renamed);
  }

  /** {@code wanted}, or with a number after it, so that it is taken neither here nor there. */
  private static String freeName(
      String section, String wanted, JsonNode own, JsonNode existing, Collection<String> given) {
    String name = wanted;
    for (int n = 2;
        own.has(name) || existing.has(name) || given.contains(ref(section, name));
        n++) {
      name = wanted + n;
    }
    return name;
  }

  /** Adds this document's components; a name already there (identical, once renamed) stays. */
  static void mergeComponents(ObjectNode document, ObjectNode merged) {
    JsonNode sections = document.path("components");
    for (Iterator<Map.Entry<String, JsonNode>> it = sections.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> section = it.next();
      if (!section.getValue().isObject()) {
        continue;
      }
      ObjectNode target =
          merged.has(section.getKey())
              ? (ObjectNode) merged.get(section.getKey())
              : merged.putObject(section.getKey());
      section
          .getValue()
          .fields()
          .forEachRemaining(e -> target.putIfAbsent(e.getKey(), e.getValue()));
    }
  }

  /** Drops components no public path uses, directly or through other components. */
  static void pruneUnreferenced(ObjectNode paths, ObjectNode components) {
    Set<String> reachable = new HashSet<>();
    Deque<JsonNode> pending = new ArrayDeque<>(List.of(paths));
    while (!pending.isEmpty()) {
      for (String ref : refsIn(pending.pop())) {
        if (ref.startsWith(COMPONENTS) && reachable.add(ref)) {
          String[] parts = ref.substring(COMPONENTS.length()).split("/", 2);
          JsonNode target = components.path(parts[0]).path(parts.length > 1 ? parts[1] : "");
          if (!target.isMissingNode()) {
            pending.push(target);
          }
        }
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> sections = components.fields();
        sections.hasNext(); ) {
      Map.Entry<String, JsonNode> section = sections.next();
      if (section.getValue() instanceof ObjectNode entries) {
        for (String name : names(entries.fieldNames())) {
          if (!reachable.contains(ref(section.getKey(), name))) {
            entries.remove(name);
          }
        }
      }
    }
  }

  private static List<String> refsIn(JsonNode node) {
    List<String> refs = new ArrayList<>();
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual()) {
        refs.add(ref.asText());
      }
      object.elements().forEachRemaining(child -> refs.addAll(refsIn(child)));
    } else if (node instanceof ArrayNode array) {
      array.elements().forEachRemaining(child -> refs.addAll(refsIn(child)));
    }
    return refs;
  }

  private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual() && renamed.containsKey(ref.asText())) {
        object.set("$ref", TextNode.valueOf(renamed.get(ref.asText())));
      }
      object.elements().forEachRemaining(child -> rewriteRefs(child, renamed));
    } else if (node instanceof ArrayNode array) {
      array.elements().forEachRemaining(child -> rewriteRefs(child, renamed));
    }
  }

  private static String ref(String section, String name) {
    return COMPONENTS + section + "/" + name;
  }

  /** {@code test-echo} → {@code TestEcho}. */
  private static String pascal(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return out.toString();
  }

  /** A copy, so that the object can change while its names are walked. */
  private static List<String> names(Iterator<String> iterator) {
    List<String> all = new ArrayList<>();
    iterator.forEachRemaining(all::add);
    return all;
  }
}
