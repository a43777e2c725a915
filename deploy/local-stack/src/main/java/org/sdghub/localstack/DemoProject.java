package org.sdghub.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One project of the demo file ({@value #RESOURCE}), written by {@code
 * tools/generate_demo_projects.py}: the body of {@code POST /api/v1/projects} with organisations
 * named by their demo key (see {@link DemoOrganisation#key()}) instead of their id, and the results
 * to add afterwards.
 *
 * @param project the project as in the file minus {@code results}
 * @param results bodies of {@code POST /api/v1/projects/{id}/results}, possibly none
 */
record DemoProject(ObjectNode project, List<ObjectNode> results) {

  static final String RESOURCE = "/demo/projects.json";

  private static final String REPORTING = "reportingOrganisation";
  private static final String PARTICIPATING = "participatingOrganisations";

  /** The IATI activity identifier, unique among the demo projects. */
  String identifier() {
    return project.path("iatiIdentifier").asText();
  }

  /** Every demo organisation key the project names, the reporting organisation's first. */
  Set<String> organisationKeys() {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(project.path(REPORTING).asText());
    for (JsonNode participant : project.path(PARTICIPATING)) {
      keys.add(participant.path("organisation").asText());
    }
    return keys;
  }

  /**
   * The request body, each organisation key replaced by the organisation's id.
   *
   * @throws IllegalArgumentException naming the first key that {@code ids} lacks
   */
  ObjectNode request(Map<String, UUID> ids) {
    ObjectNode body = DemoHttp.JSON.createObjectNode();
    project
        .fields()
        .forEachRemaining(
            field -> {
              switch (field.getKey()) {
                case REPORTING ->
                    body.put("reportingOrganisationId", id(ids, field.getValue().asText()));
                case PARTICIPATING -> body.set(PARTICIPATING, participants(ids));
                default -> body.set(field.getKey(), field.getValue().deepCopy());
              }
            });
    return body;
  }

  private ArrayNode participants(Map<String, UUID> ids) {
    ArrayNode participants = DemoHttp.JSON.createArrayNode();
    for (JsonNode participant : project.path(PARTICIPATING)) {
      participants
          .addObject()
          .put("organisationId", id(ids, participant.path("organisation").asText()))
          .put("role", participant.path("role").asText());
    }
    return participants;
  }

  private static String id(Map<String, UUID> ids, String key) {
    UUID id = ids.get(key);
    if (id == null) {
      throw new IllegalArgumentException(key);
    }
    return id.toString();
  }

  /** Reads the demo file from the classpath; fails loudly when it is not marked as demo data. */
  static List<DemoProject> readAll() throws IOException {
    JsonNode file;
    try (InputStream in = DemoProject.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " is missing from the launcher's classpath");
      }
      file = DemoHttp.JSON.readTree(in);
    }
    if (!file.path("demo").asBoolean(false)) {
      throw new IOException(RESOURCE + " is not marked \"demo\": true; refusing to load it");
    }
    List<DemoProject> all = new ArrayList<>();
    for (JsonNode entry : file.path("projects")) {
      ObjectNode project = ((ObjectNode) entry).deepCopy();
      List<ObjectNode> results = new ArrayList<>();
      JsonNode listed = project.remove("results");
      if (listed != null) {
        listed.forEach(result -> results.add((ObjectNode) result));
      }
      all.add(new DemoProject(project, List.copyOf(results)));
    }
    return all;
  }
}
