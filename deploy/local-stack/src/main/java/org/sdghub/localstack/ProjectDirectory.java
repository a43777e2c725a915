package org.sdghub.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Finds the ids projects-service gave the demo projects, by their IATI activity identifier. */
final class ProjectDirectory {

  private static final int PAGE_SIZE = 100;

  private ProjectDirectory() {}

  /**
   * Every project projects-service holds, by IATI identifier.
   *
   * @throws IOException if projects-service cannot be reached or answers the list with an error
   */
  static Map<String, UUID> idsByIdentifier(DemoHttp http, String projectsBaseUrl)
      throws IOException, InterruptedException {
    Map<String, UUID> ids = new HashMap<>();
    for (int page = 0; ; page++) {
      URI uri =
          URI.create(projectsBaseUrl + "/api/v1/projects?page=" + page + "&size=" + PAGE_SIZE);
      HttpResponse<String> response = http.get(uri);
      if (response.statusCode() != 200) {
        throw new IOException(
            "projects-service did not list its projects: "
                + response.statusCode()
                + " "
                + DemoHttp.detail(response));
      }
      JsonNode body = DemoHttp.body(response);
      for (JsonNode item : body.path("items")) {
        ids.put(item.path("iatiIdentifier").asText(), UUID.fromString(item.path("id").asText()));
      }
      if (body.path("items").size() < PAGE_SIZE) {
        return ids;
      }
    }
  }
}
