package org.sdghub.manifests;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads YAML files and streams (several documents each) into Jackson trees. */
final class Yaml {

  static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  private Yaml() {}

  /** Every non-empty document of a file, in order. */
  static List<JsonNode> documents(Path file) {
    try {
      return documents(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Every non-empty document of a YAML stream, in order; a document may be a list. */
  static List<JsonNode> documents(String text) {
    List<JsonNode> documents = new ArrayList<>();
    try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
      while (parser.nextToken() != null) {
        JsonNode node = MAPPER.readTree(parser);
        if (node != null && !node.isNull() && !node.isMissingNode() && !node.isEmpty()) {
          documents.add(node);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read YAML: " + e.getMessage(), e);
    }
    return documents;
  }

  /** One file that holds a single mapping, such as a kustomization. */
  static ObjectNode mapping(Path file) {
    List<JsonNode> documents = documents(file);
    if (documents.size() != 1 || !documents.get(0).isObject()) {
      throw new IllegalArgumentException(file + " must hold exactly one YAML mapping");
    }
    return (ObjectNode) documents.get(0);
  }
}
