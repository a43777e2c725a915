package org.sdghub.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Finds the ids partners-service gave the demo organisations: by IATI identifier when the
 * organisation has one, otherwise by its English name (the registry refuses two organisations of
 * the same name).
 */
final class OrganisationDirectory {

  private static final int PAGE_SIZE = 100;

  private OrganisationDirectory() {}

  /**
   * Every demo organisation partners-service holds, by demo key; those it does not hold are absent.
   *
   * @throws IOException if partners-service cannot be reached or answers the list with an error
   */
  static Map<String, UUID> idsByKey(
      DemoHttp http, String partnersBaseUrl, List<DemoOrganisation> demo)
      throws IOException, InterruptedException {
    Map<String, UUID> byIdentifier = new HashMap<>();
    Map<String, UUID> byName = new HashMap<>();
    int page = 0;
    long seen = 0;
    long total;
    do {
      URI uri =
          URI.create(partnersBaseUrl + "/api/v1/organisations?page=" + page + "&size=" + PAGE_SIZE);
      HttpResponse<String> response = http.get(uri);
      if (response.statusCode() != 200) {
        throw new IOException(
            "partners-service did not list its organisations: "
                + response.statusCode()
                + " "
                + DemoHttp.detail(response));
      }
      JsonNode body = DemoHttp.body(response);
      JsonNode items = body.path("items");
      for (JsonNode item : items) {
        UUID id = UUID.fromString(item.path("id").asText());
        if (item.path("identifier").isTextual()) {
          byIdentifier.put(normalised(item.path("identifier").asText()), id);
        }
        byName.put(item.path("name").path("en").asText(), id);
      }
      seen += items.size();
      total = body.path("total").asLong(0);
      page++;
      if (items.isEmpty()) {
        break;
      }
    } while (seen < total);
    Map<String, UUID> ids = new HashMap<>();
    for (DemoOrganisation organisation : demo) {
      UUID id =
          organisation.identifier() == null
              ? byName.get(organisation.name())
              : byIdentifier.get(normalised(organisation.identifier()));
      if (id != null) {
        ids.put(organisation.key(), id);
      }
    }
    return ids;
  }

  private static String normalised(String identifier) {
    return identifier.trim().toUpperCase(Locale.ROOT);
  }
}
