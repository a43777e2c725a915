package org.sdghub.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the unified OpenAPI document at build time, with no running service: from the documents
 * that the gateway's and the services' builds stored, through the same {@link OpenApiMerger} that
 * serves {@code /q/openapi}, so that generated clients are built from the document the gateway
 * serves. Run by the gateway's build: {@code OpenApiBuild <out.json> <server-url>
 * <gateway-document.json> <service>=<document.json>…}.
 */
public final class OpenApiBuild {

  private static final Pattern ROUTE =
      Pattern.compile("sdghub\\.gateway\\.services\\.([^.]+)\\.prefixes");

  private final ObjectMapper json;

  /** A build with this mapper for reading and writing documents. */
  public OpenApiBuild(ObjectMapper json) {
    this.json = json;
  }

  /** Merges the documents given as arguments, with the routes of the gateway's configuration. */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      throw new IllegalArgumentException(
          "usage: OpenApiBuild <out.json> <server-url> <gateway.json> <service>=<document.json>…");
    }
    Map<String, Path> services = new LinkedHashMap<>();
    for (int i = 3; i < args.length; i++) {
      String[] pair = args[i].split("=", 2);
      if (pair.length != 2 || pair[0].isBlank()) {
        throw new IllegalArgumentException("not <service>=<document.json>: " + args[i]);
      }
      services.put(pair[0], Path.of(pair[1]));
    }
    OpenApiBuild build = new OpenApiBuild(new ObjectMapper());
    ObjectNode merged = build.merge(Path.of(args[2]), services, configuredRoutes(), args[1]);
    build.write(merged, Path.of(args[0]));
  }

  /**
   * The unified document: the gateway's own document and each service's, of which only the paths
   * under its route prefixes count, merged exactly as {@code /q/openapi} merges them.
   *
   * @throws IllegalArgumentException when a routed service has no document or a document no route,
   *     or when two operations share an operation id (a generated client could not name both)
   */
  public ObjectNode merge(
      Path own, Map<String, Path> documents, Map<String, List<String>> routes, String serverUrl)
      throws IOException {
    if (!routes.keySet().equals(documents.keySet())) {
      throw new IllegalArgumentException(
          "routed services "
              + new TreeSet<>(routes.keySet())
              + " but documents for "
              + new TreeSet<>(documents.keySet()));
    }
    // In the routing table's order (by name), as the running gateway takes them.
    List<OpenApiMerger.Source> sources = new ArrayList<>();
    for (Map.Entry<String, List<String>> route : new TreeMap<>(routes).entrySet()) {
      ObjectNode document = read(documents.get(route.getKey()));
      sources.add(OpenApiMerger.Source.routed(route.getKey(), document, route.getValue()));
    }
    OpenApiMerger merger = new OpenApiMerger(json);
    ObjectNode merged =
        merger.merge(
            new OpenApiMerger.Source("gateway", read(own), path -> true), sources, serverUrl);
    requireUniqueOperationIds(merged);
    return merged;
  }

  /** Writes the document as {@code /q/openapi?format=json} sends it. */
  public void write(ObjectNode document, Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
  }

  /**
   * The routes of the gateway's {@code application.properties}, as the production profile reads.
   */
  static Map<String, List<String>> configuredRoutes() throws IOException {
    URL properties = OpenApiBuild.class.getClassLoader().getResource("application.properties");
    if (properties == null) {
      throw new IllegalStateException(
          "the gateway's application.properties is not on the classpath");
    }
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withProfile("prod")
            .addDefaultInterceptors()
            .withSources(new PropertiesConfigSource(properties, 250))
            .build();
    Map<String, List<String>> routes = new TreeMap<>();
    for (String name : config.getPropertyNames()) {
      Matcher route = ROUTE.matcher(name);
      if (route.matches()) {
        routes.put(route.group(1), config.getValues(name, String.class));
      }
    }
    return routes;
  }

  private ObjectNode read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          file + " is missing: build that module first (./mvnw package -DskipTests -pl <module>)");
    }
    JsonNode document = json.readTree(file.toFile());
    if (!(document instanceof ObjectNode object) || !document.has("openapi")) {
      throw new IllegalArgumentException(file + " is not an OpenAPI document");
    }
    return object;
  }

  private static void requireUniqueOperationIds(ObjectNode merged) {
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new TreeSet<>();
    merged
        .path("paths")
        .forEach(
            item ->
                item.forEach(
                    operation -> {
                      JsonNode id = operation.path("operationId");
                      if (id.isTextual() && !seen.add(id.asText())) {
                        repeated.add(id.asText());
                      }
                    }));
    if (!repeated.isEmpty()) {
      throw new IllegalArgumentException("operation ids used twice: " + repeated);
    }
  }
}
