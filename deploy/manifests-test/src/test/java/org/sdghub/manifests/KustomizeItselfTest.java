package org.sdghub.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where Kustomize is at hand, what it renders is what every other check ran on: the same resources,
 * field for field (generated ConfigMaps compared without their content hash).
 */
class KustomizeItselfTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HASHED = Pattern.compile("(.+)-[a-z0-9]{10}");

  @ParameterizedTest
  @EnumSource(Overlay.class)
  void kustomizeRendersWhatTheChecksRanOn(Overlay overlay) throws JsonProcessingException {
    KustomizeBinary kustomize = KustomizeBinary.find().orElse(null);
    Assumptions.assumeTrue(
        kustomize != null,
        "neither kustomize nor kubectl is on the PATH: the render by Kustomize itself is not"
            + " compared (every other check ran on this module's own render)");
    Rendered ours = Repo.render(overlay);
    Set<String> generated = new TreeSet<>();
    ours.ofKind("ConfigMap").forEach(configMap -> generated.add(Rendered.name(configMap)));
    Map<String, JsonNode> theirs = new TreeMap<>();
    String rendered = kustomize.build(overlay.directory());
    Map<String, String> renames = new TreeMap<>();
    for (JsonNode document : Yaml.documents(rendered)) {
      Matcher hashed = HASHED.matcher(Rendered.name(document));
      if (document.path("kind").asText().equals("ConfigMap")
          && hashed.matches()
          && generated.contains(hashed.group(1))) {
        renames.put(Rendered.name(document), hashed.group(1));
      }
    }
    for (JsonNode document : Yaml.documents(rendered)) {
      String text = JSON.writeValueAsString(document);
      for (Map.Entry<String, String> rename : renames.entrySet()) {
        text = text.replace('"' + rename.getKey() + '"', '"' + rename.getValue() + '"');
      }
      JsonNode normalised = JSON.readTree(text);
      theirs.put(key(normalised), normalised);
    }
    Map<String, JsonNode> own = new TreeMap<>();
    for (ObjectNode resource : ours.all()) {
      own.put(key(resource), JSON.readTree(JSON.writeValueAsString(resource)));
    }
    assertEquals(
        own.keySet(), theirs.keySet(), kustomize.describe() + " " + overlay + ": resources");
    for (String key : own.keySet()) {
      assertEquals(
          canonical(theirs.get(key)),
          canonical(own.get(key)),
          key + ": as " + kustomize.describe() + " renders it (expected) and as rendered here");
    }
  }

  /** Pretty JSON with every mapping's keys sorted, so that a difference reads as a diff. */
  private static String canonical(JsonNode resource) throws JsonProcessingException {
    return JSON.writer(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .withDefaultPrettyPrinter()
        .writeValueAsString(JSON.treeToValue(resource, Object.class));
  }

  private static String key(JsonNode resource) {
    return Rendered.group(resource)
        + "/"
        + resource.path("kind").asText()
        + "/"
        + resource.at("/metadata/namespace").asText("-")
        + "/"
        + Rendered.name(resource);
  }
}
