package org.sdghub.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a kustomization directory as {@code kustomize build} would, for the fields these
 * manifests use (resources, namespace, configMapGenerator, images, JSON 6902 patches); generated
 * ConfigMaps keep their names without the content hash. Any other field fails the render, so that
 * the checks never run on something other than what Kustomize would produce.
 */
final class KustomizeRenderer {

  private static final Set<String> SUPPORTED =
      Set.of(
          "apiVersion",
          "kind",
          "namespace",
          "resources",
          "configMapGenerator",
          "images",
          "patches");
  private static final Set<String> CLUSTER_SCOPED =
      Set.of(
          "Namespace",
          "ClusterRole",
          "ClusterRoleBinding",
          "CustomResourceDefinition",
          "IngressClass",
          "PersistentVolume",
          "PriorityClass",
          "StorageClass");

  private KustomizeRenderer() {}

  /** The resources that the kustomization in {@code directory} produces. */
  static Rendered render(Path directory) {
    Path file = directory.resolve("kustomization.yaml");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no kustomization.yaml in " + directory);
    }
    ObjectNode kustomization = Yaml.mapping(file);
    kustomization
        .fieldNames()
        .forEachRemaining(
            field -> {
              if (!SUPPORTED.contains(field)) {
                throw new UnsupportedOperationException(
                    file + ": '" + field + "' is not rendered here; extend KustomizeRenderer");
              }
            });
    List<ObjectNode> resources = new ArrayList<>();
    for (JsonNode entry : kustomization.path("resources")) {
      Path resource = directory.resolve(entry.asText()).normalize();
      if (Files.isDirectory(resource)) {
        resources.addAll(render(resource).all());
      } else {
        Yaml.documents(resource).forEach(document -> resources.add((ObjectNode) document));
      }
    }
    Generators.configMaps(directory, kustomization.path("configMapGenerator"), resources);
    for (JsonNode patch : kustomization.path("patches")) {
      patch(directory, patch, resources);
    }
    String namespace = kustomization.path("namespace").asText(null);
    if (namespace != null) {
      resources.stream()
          .filter(resource -> !CLUSTER_SCOPED.contains(resource.path("kind").asText()))
          .forEach(resource -> ((ObjectNode) resource.get("metadata")).put("namespace", namespace));
    }
    for (JsonNode image : kustomization.path("images")) {
      resources.forEach(resource -> setImage(resource, image));
    }
    return new Rendered(resources);
  }

  private static void patch(Path directory, JsonNode entry, List<ObjectNode> resources) {
    List<JsonNode> documents =
        entry.has("path")
            ? Yaml.documents(directory.resolve(entry.get("path").asText()))
            : Yaml.documents(entry.path("patch").asText());
    if (documents.size() != 1) {
      throw new IllegalArgumentException("a patch is one document: " + entry);
    }
    JsonNode operations = documents.get(0);
    JsonNode target = entry.path("target");
    target
        .fieldNames()
        .forEachRemaining(
            field -> {
              if (!Set.of("group", "version", "kind", "name").contains(field)) {
                throw new UnsupportedOperationException("patch target field " + field);
              }
            });
    int matched = 0;
    for (ObjectNode resource : resources) {
      if (matches(target, resource)) {
        JsonPatch.apply(operations, resource);
        matched++;
      }
    }
    if (matched == 0) {
      throw new IllegalArgumentException("patch " + entry + " matches no resource");
    }
  }

  private static boolean matches(JsonNode target, ObjectNode resource) {
    String apiVersion = resource.path("apiVersion").asText();
    String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    return matches(target.path("group"), group)
        && matches(target.path("version"), version)
        && matches(target.path("kind"), resource.path("kind").asText())
        && matches(target.path("name"), resource.path("metadata").path("name").asText());
  }

  private static boolean matches(JsonNode wanted, String actual) {
    return wanted.isMissingNode() || Pattern.matches(wanted.asText(), actual);
  }

  private static void setImage(JsonNode node, JsonNode image) {
    if (node.isObject()) {
      for (String list : List.of("containers", "initContainers")) {
        for (JsonNode container : node.path(list)) {
          String current = container.path("image").asText();
          if (ImageName.of(current).name().equals(image.path("name").asText())) {
            ((ObjectNode) container).put("image", ImageName.of(current).with(image).toString());
          }
        }
      }
    }
    for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
      setImage(children.next(), image);
    }
  }

  /** An image reference split into name, tag and digest. */
  record ImageName(String name, String tag, String digest) {

    static ImageName of(String reference) {
      String rest = reference;
      String digest = null;
      if (rest.contains("@")) {
        digest = rest.substring(rest.indexOf('@') + 1);
        rest = rest.substring(0, rest.indexOf('@'));
      }
      int colon = rest.lastIndexOf(':');
      if (colon > rest.lastIndexOf('/')) {
        return new ImageName(rest.substring(0, colon), rest.substring(colon + 1), digest);
      }
      return new ImageName(rest, null, digest);
    }

    ImageName with(JsonNode change) {
      return new ImageName(
          change.path("newName").asText(name),
          change.path("newTag").asText(tag),
          change.path("digest").asText(digest));
    }

    @Override
    public String toString() {
      return name + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }
  }

  /** Kustomize's ConfigMap generator: from env files and literals, created or merged. */
  static final class Generators {

    private Generators() {}

    static void configMaps(Path directory, JsonNode generators, List<ObjectNode> resources) {
      for (JsonNode generator : generators) {
        String name = generator.path("name").asText();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        for (JsonNode envs : generator.path("envs")) {
          readEnvFile(directory.resolve(envs.asText()), data);
        }
        for (JsonNode literal : generator.path("literals")) {
          String[] pair = literal.asText().split("=", 2);
          data.put(pair[0], pair[1]);
        }
        String behavior = generator.path("behavior").asText("create");
        if (behavior.equals("merge")) {
          ObjectNode existing =
              resources.stream()
                  .filter(r -> r.path("kind").asText().equals("ConfigMap"))
                  .filter(r -> r.path("metadata").path("name").asText().equals(name))
                  .findFirst()
                  .orElseThrow(
                      () -> new IllegalArgumentException("no ConfigMap " + name + " to merge"));
          ((ObjectNode) existing.get("data")).setAll(data);
        } else if (behavior.equals("create")) {
          ObjectNode configMap = JsonNodeFactory.instance.objectNode();
          configMap.put("apiVersion", "v1").put("kind", "ConfigMap");
          configMap.putObject("metadata").put("name", name);
          configMap.set("data", data);
          resources.add(configMap);
        } else {
          throw new UnsupportedOperationException("generator behavior " + behavior);
        }
      }
    }

    private static void readEnvFile(Path file, ObjectNode data) {
      try {
        for (String line : Files.readAllLines(file)) {
          String trimmed = line.strip();
          if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            continue;
          }
          if (!trimmed.contains("=")) {
            throw new IllegalArgumentException(file + ": not KEY=VALUE: " + line);
          }
          String[] pair = trimmed.split("=", 2);
          data.put(pair[0], pair[1]);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
