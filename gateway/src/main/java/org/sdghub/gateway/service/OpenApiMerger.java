package org.sdghub.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.sdghub.gateway.client.Upstream;

/**
 * Builds the one public OpenAPI document from the gateway's own and the services' documents: only
 * public paths ({@code /api/…} that the routes serve; never {@code /internal} or {@code /q}),
 * components merged with clashing names prefixed by their service, one tag per area, the API key as
 * the only security scheme on every operation, and the gateway as the server.
 */
@ApplicationScoped
public class OpenApiMerger {

  /** The name of the one security scheme: the caller's API key as a bearer token. */
  public static final String SECURITY_SCHEME = "apiKey";

  private static final String API_PREFIX = "/api/v1/";
  private static final Set<String> OPERATIONS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final ObjectMapper json;

  OpenApiMerger(ObjectMapper json) {
    this.json = json;
  }

  /** One source document, the name its clashing components are prefixed with, and its paths. */
  public record Source(String name, ObjectNode document, Predicate<String> servesPath) {

    /** A service's document, of which only its routed paths are public. */
    public static Source of(Upstream upstream, ObjectNode document) {
      return new Source(upstream.name(), document, upstream::serves);
    }

    /** A service's document, of which only the paths under these route prefixes are public. */
    public static Source routed(String name, ObjectNode document, List<String> prefixes) {
      List<String> copy = List.copyOf(prefixes);
      return new Source(name, document, path -> Upstream.served(copy, path));
    }
  }

  /** The merged document, with this server URL. */
  public ObjectNode merge(Source own, List<Source> services, String serverUrl) {
    ObjectNode merged = json.createObjectNode();
    merged.put("openapi", own.document().path("openapi").asText("3.1.0"));
    merged.set("info", info());
    // The one server is the gateway, for the public (x-internal: false); the services' own
    // addresses and the management ports are never in the document.
    merged.putArray("servers").addObject().put("url", serverUrl).put("x-internal", false);
    ObjectNode paths = json.createObjectNode();
    ObjectNode components = json.createObjectNode();
    Map<String, String> areas = new TreeMap<>();
    List<Source> sources = new ArrayList<>();
    sources.add(own);
    sources.addAll(services);
    for (Source source : sources) {
      ObjectNode document = source.document().deepCopy();
      OpenApiComponents.renameClashes(document, components, source.name());
      OpenApiComponents.mergeComponents(document, components);
      mergePaths(document, source, paths, areas);
    }
    merged.set("tags", tags(areas));
    merged.set("paths", paths);
    components.remove("securitySchemes");
    OpenApiComponents.pruneUnreferenced(paths, components);
    components.set("securitySchemes", securitySchemes());
    GatewayResponses.declareHeaders(components);
    merged.set("components", components);
    merged.set("security", apiKeyRequirement());
    return merged;
  }

  private ObjectNode info() {
    ObjectNode info = json.createObjectNode();
    info.put("title", "SDG Hub API");
    info.put("version", "1");
    info.putObject("contact")
        .put(
            "name",
            "UN Regional Centre for the Sustainable Development Goals for Central Asia and"
                + " Afghanistan");
    info.put(
        "description",
        "Who does what, where and when for the Sustainable Development Goals in Central Asia and"
            + " Afghanistan: organisations, projects, funding and coordination. One API behind one"
            + " gateway: authenticate every request with an API key ('Authorization: Bearer"
            + " <key>'). Errors are RFC 9457 problems (application/problem+json).");
    return info;
  }

  private void mergePaths(
      ObjectNode document, Source source, ObjectNode paths, Map<String, String> areas) {
    for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      String name = path.getKey();
      if (!name.startsWith(API_PREFIX) || !source.servesPath().test(name) || paths.has(name)) {
        continue;
      }
      String area = area(name);
      areas.putIfAbsent(area, source.name());
      ObjectNode item = (ObjectNode) path.getValue();
      for (Iterator<Map.Entry<String, JsonNode>> ops = item.fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (OPERATIONS.contains(op.getKey()) && op.getValue().isObject()) {
          ObjectNode operation = (ObjectNode) op.getValue();
          operation.putArray("tags").add(area);
          operation.set("security", apiKeyRequirement());
          GatewayResponses.document(operation);
        }
      }
      paths.set(name, item);
    }
  }

  private ArrayNode tags(Map<String, String> areas) {
    ArrayNode tags = json.createArrayNode();
    areas.forEach(
        (area, owner) ->
            tags.addObject()
                .put("name", area)
                .put("description", "/api/v1/" + area + "… (served by " + owner + ")"));
    return tags;
  }

  private ObjectNode securitySchemes() {
    ObjectNode schemes = json.createObjectNode();
    schemes
        .putObject(SECURITY_SCHEME)
        .put("type", "http")
        .put("scheme", "bearer")
        .put("bearerFormat", "SDG Hub API key")
        .put(
            "description",
            "An API key issued by a coordinator at /api/v1/api-keys, sent as 'Authorization:"
                + " Bearer <key>'. It belongs to one organisation and carries roles (coordinator,"
                + " partner, donor, viewer).");
    return schemes;
  }

  private ArrayNode apiKeyRequirement() {
    ArrayNode requirement = json.createArrayNode();
    requirement.addObject().putArray(SECURITY_SCHEME);
    return requirement;
  }

  /** The first segment after {@code /api/v1/}: {@code organisations}, {@code reference}… */
  private static String area(String path) {
    String rest = path.substring(API_PREFIX.length());
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }
}
