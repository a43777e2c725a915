package org.sdghub.projects.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sdghub.projects.api.FieldChange;

/**
 * The fields that differ between two versions of a project document: objects (title, dates, budget)
 * are compared field by field, lists and values as a whole. Bookkeeping fields (id, version,
 * timestamps) are left out.
 */
final class Changes {

  private static final Set<String> UNTRACKED = Set.of("id", "version", "createdAt", "updatedAt");

  private Changes() {}

  /** What changed from {@code before} (null for a new project) to {@code after}. */
  static List<FieldChange> between(JsonNode before, JsonNode after) {
    List<FieldChange> changes = new ArrayList<>();
    for (String name : names(before, after)) {
      if (!UNTRACKED.contains(name)) {
        compare(name, field(before, name), field(after, name), changes);
      }
    }
    return changes;
  }

  private static void compare(String path, JsonNode old, JsonNode now, List<FieldChange> out) {
    if (old.equals(now)) {
      return;
    }
    if (old.isObject() && now.isObject()) {
      for (String name : names(old, now)) {
        compare(path + "." + name, field(old, name), field(now, name), out);
      }
      return;
    }
    out.add(new FieldChange(path, old, now));
  }

  private static Set<String> names(JsonNode first, JsonNode second) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode node : new JsonNode[] {second, first}) {
      if (node != null) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
          names.add(it.next());
        }
      }
    }
    return names;
  }

  private static JsonNode field(JsonNode node, String name) {
    JsonNode value = node == null ? null : node.get(name);
    return value == null ? NullNode.getInstance() : value;
  }
}
