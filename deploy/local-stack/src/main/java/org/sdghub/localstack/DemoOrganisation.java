package org.sdghub.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One organisation of the demo file ({@value #RESOURCE}): the profile partners-service takes on
 * {@code POST /api/v1/organisations}, and the made-up contact added to it afterwards.
 *
 * @param key the demo file's own name for it, by which demo projects refer to it (not sent)
 * @param profile the request body, as in the file minus {@code key} and {@code contact}
 * @param contact the body of {@code POST /api/v1/organisations/{id}/contacts}
 */
record DemoOrganisation(String key, ObjectNode profile, ObjectNode contact) {

  static final String RESOURCE = "/demo/organisations.json";

  static final ObjectMapper JSON = new ObjectMapper();

  /** The IATI identifier, or null when the organisation has none (the field is left out). */
  String identifier() {
    JsonNode identifier = profile.path("identifier");
    return identifier.isTextual() ? identifier.asText() : null;
  }

  /** The English name. */
  String name() {
    return profile.path("name").path("en").asText();
  }

  /** Reads the demo file from the classpath; fails loudly when it is not marked as demo data. */
  static List<DemoOrganisation> readAll() throws IOException {
    JsonNode file;
    try (InputStream in = DemoOrganisation.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " is missing from the launcher's classpath");
      }
      file = JSON.readTree(in);
    }
    if (!file.path("demo").asBoolean(false)) {
      throw new IOException(RESOURCE + " is not marked \"demo\": true; refusing to load it");
    }
    List<DemoOrganisation> all = new ArrayList<>();
    for (JsonNode entry : file.path("organisations")) {
      ObjectNode profile = ((ObjectNode) entry).deepCopy();
      JsonNode key = profile.remove("key");
      JsonNode contact = profile.remove("contact");
      if (key == null || !key.isTextual() || key.asText().isBlank()) {
        throw new IOException(RESOURCE + ": an organisation has no \"key\": " + entry.path("name"));
      }
      all.add(new DemoOrganisation(key.asText(), profile, (ObjectNode) contact));
    }
    return all;
  }
}
