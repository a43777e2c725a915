package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdghub.gateway.client.ServiceRoutes;
import org.sdghub.gateway.client.Upstream;
import org.sdghub.gateway.service.OpenApiBuild;

/** One document for the whole API, parsed as a client generator would. */
@QuarkusTest
class OpenApiDocumentTest {

  @Inject ServiceRoutes routes;

  @Inject ObjectMapper json;

  @Inject OpenApiRoutes openApiRoutes;

  @ConfigProperty(name = "sdghub.test.direct.partners")
  String partners;

  @Test
  void theDocumentIsRenderedOncePerChangeOfTheServicesDocumentsNotPerRequest() {
    String first = given().queryParam("format", "json").get("/q/openapi").asString();
    long before = openApiRoutes.renders();
    for (int i = 0; i < 5; i++) {
      assertEquals(first, given().queryParam("format", "json").get("/q/openapi").asString());
      given().get("/q/openapi").then().statusCode(200);
    }
    // A service's document may be fetched anew meanwhile (every 30 s): at most one render more.
    assertTrue(
        openApiRoutes.renders() - before <= 1, "rendered " + (openApiRoutes.renders() - before));
  }

  @Test
  void theDocumentIsValidOpenApi3InJsonAndInYaml() {
    OpenAPI json = parse(given().queryParam("format", "json").get("/q/openapi").asString());
    OpenAPI yaml =
        parse(
            given()
                .get("/q/openapi")
                .then()
                .contentType(containsString("yaml"))
                .extract()
                .asString());
    assertEquals(json.getPaths().keySet(), yaml.getPaths().keySet());
  }

  @Test
  void everySuccessfulAnswerWithABodyNamesItsSchemaForGeneratedClients() {
    OpenAPI api = parse(given().queryParam("format", "json").get("/q/openapi").asString());
    List<String> untyped = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) ->
                            operation
                                .getResponses()
                                .forEach(
                                    (status, response) -> {
                                      if (status.startsWith("2") && response.getContent() != null) {
                                        response
                                            .getContent()
                                            .forEach(
                                                (type, media) -> {
                                                  if (untyped(media.getSchema())) {
                                                    untyped.add(method + " " + path + " " + status);
                                                  }
                                                });
                                      }
                                    })));
    assertEquals(List.of(), untyped, "generated clients would answer these with an Object");
  }

  private static boolean untyped(io.swagger.v3.oas.models.media.Schema<?> schema) {
    return schema == null
        || (schema.get$ref() == null && schema.getType() == null && schema.getTypes() == null);
  }

  @Test
  void itHoldsEveryPublicPathTheServicesServeAndNothingElse() {
    OpenAPI merged = document();
    Set<String> partnersPaths =
        parse(given().baseUri(partners).queryParam("format", "json").get("/q/openapi").asString())
            .getPaths()
            .keySet()
            .stream()
            .filter(path -> path.startsWith("/api/"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertFalse(partnersPaths.isEmpty(), "partners-service documents no public path");
    assertTrue(
        merged.getPaths().keySet().containsAll(partnersPaths),
        "missing: " + missing(partnersPaths, merged.getPaths().keySet()));
    assertTrue(merged.getPaths().containsKey("/api/v1/api-keys"));
    assertTrue(merged.getPaths().containsKey("/api/v1/api-keys/{id}"));
    assertTrue(merged.getPaths().containsKey("/api/v1/who-what-where"));
    assertTrue(merged.getPaths().containsKey("/api/v1/coordination/overlaps"));
    assertTrue(merged.getPaths().containsKey("/api/v1/events"));
    assertTrue(merged.getPaths().containsKey("/api/v1/test-echo/things"));
    for (String path : merged.getPaths().keySet()) {
      boolean routed = routes.forPath(path).isPresent();
      boolean own =
          List.of(
                  "/api/v1/api-keys",
                  "/api/v1/who-what-where",
                  "/api/v1/coordination/",
                  "/api/v1/events")
              .stream()
              .anyMatch(path::startsWith);
      assertTrue(routed || own, "not served: " + path);
    }
  }

  @Test
  void everyOperationNeedsTheApiKeyAndCarriesItsAreasTag() {
    OpenAPI merged = document();
    Map<String, SecurityScheme> schemes = merged.getComponents().getSecuritySchemes();
    assertEquals(Set.of("apiKey"), schemes.keySet());
    assertEquals(SecurityScheme.Type.HTTP, schemes.get("apiKey").getType());
    assertEquals("bearer", schemes.get("apiKey").getScheme());
    SecurityRequirement apiKey = new SecurityRequirement().addList("apiKey");
    merged
        .getPaths()
        .forEach(
            (path, item) -> {
              String area = path.split("/")[3];
              for (Operation operation : item.readOperations()) {
                assertEquals(List.of(apiKey), operation.getSecurity(), path);
                assertEquals(List.of(area), operation.getTags(), path);
              }
            });
    Set<String> tags = merged.getTags().stream().map(t -> t.getName()).collect(Collectors.toSet());
    assertTrue(tags.containsAll(Set.of("organisations", "api-keys", "test-echo")), tags.toString());
  }

  @Test
  void everyOperationDocumentsTheGatewaysOwnAnswersAndTheHeadersItSends() throws IOException {
    JsonNode document =
        json.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
    List<String> wrong = new ArrayList<>();
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          JsonNode responses = op.getValue().path("responses");
                          if (responses.isMissingNode()) {
                            return;
                          }
                          String where = op.getKey().toUpperCase() + " " + path.getKey();
                          JsonNode tooMany = responses.path("429");
                          if (!tooMany.path("content").has("application/problem+json")
                              || !tooMany.path("headers").has("Retry-After")) {
                            wrong.add(where + ": no 429 problem with Retry-After");
                          }
                          if (!responses.has("401")) {
                            wrong.add(where + ": no 401");
                          }
                          responses
                              .fields()
                              .forEachRemaining(
                                  response -> {
                                    String status = response.getKey();
                                    JsonNode headers = response.getValue().path("headers");
                                    if ((status.startsWith("2") || status.startsWith("4"))
                                        && !(headers.has("RateLimit")
                                            && headers.has("RateLimit-Policy"))) {
                                      wrong.add(where + " " + status + ": no RateLimit headers");
                                    }
                                  });
                        }));
    assertEquals(List.of(), wrong);
    JsonNode headers = document.path("components").path("headers");
    assertEquals(
        Set.of("RateLimit", "RateLimit-Policy", "Retry-After", "Access-Control-Allow-Origin"),
        Set.copyOf(iterable(headers.fieldNames())));
    // What the document says is what the gateway sends, on a success and on a refusal alike.
    for (String path :
        List.of("/api/v1/organisations", "/api/v1/organisations/" + java.util.UUID.randomUUID())) {
      Response answer =
          given().header("Authorization", org.sdghub.gateway.support.ApiKeys.COORDINATOR).get(path);
      assertNotNull(answer.header("RateLimit"), path + " " + answer.statusCode());
      assertNotNull(answer.header("RateLimit-Policy"), path + " " + answer.statusCode());
    }
  }

  @Test
  void everyStringArrayAndIntegerOfTheDocumentHasItsLimits() throws IOException {
    JsonNode document =
        json.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
    List<String> open = new ArrayList<>();
    limits(document, "#", open);
    assertEquals(List.of(), open);
  }

  private static void limits(JsonNode node, String where, List<String> open) {
    if (node.isObject()) {
      JsonNode type = node.path("type");
      if (typed(type, "string")
          && !node.has("maxLength")
          && !node.has("enum")
          && !node.has("const")) {
        open.add(where + ": a string without maxLength");
      }
      if (typed(type, "array") && !node.has("maxItems")) {
        open.add(where + ": an array without maxItems");
      }
      if (typed(type, "integer")
          && !(node.has("format")
              && (node.has("minimum") || node.has("exclusiveMinimum"))
              && (node.has("maximum") || node.has("exclusiveMaximum")))) {
        open.add(where + ": an integer without format, minimum and maximum");
      }
      node.fields()
          .forEachRemaining(
              field -> {
                if (!field.getKey().equals("examples") && !field.getKey().equals("example")) {
                  limits(field.getValue(), where + "/" + field.getKey(), open);
                }
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        limits(node.get(i), where + "/" + i, open);
      }
    }
  }

  private static boolean typed(JsonNode type, String name) {
    if (type.isTextual()) {
      return type.asText().equals(name);
    }
    if (type.isArray()) {
      for (JsonNode each : type) {
        if (each.asText().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static <T> List<T> iterable(java.util.Iterator<T> items) {
    List<T> list = new ArrayList<>();
    items.forEachRemaining(list::add);
    return list;
  }

  @Test
  void theServerIsTheGateway() {
    assertEquals("http://localhost:" + RestAssured.port, document().getServers().get(0).getUrl());
  }

  @Test
  void clashingComponentsAreRenamedAndUnusedOnesLeftOut() {
    OpenAPI merged = document();
    var schemas = merged.getComponents().getSchemas();
    assertNotNull(schemas.get("Problem"), "the platform's Problem");
    assertTrue(schemas.get("Problem").getProperties().containsKey("title"));
    assertTrue(schemas.get("TestEchoProblem").getProperties().containsKey("code"));
    assertNotNull(schemas.get("Thing"));
    assertFalse(schemas.containsKey("InternalOnly"));
    String ref =
        merged
            .getPaths()
            .get("/api/v1/test-echo/things")
            .getGet()
            .getResponses()
            .get("400")
            .getContent()
            .get("application/problem+json")
            .getSchema()
            .get$ref();
    assertEquals("#/components/schemas/TestEchoProblem", ref);
  }

  @Test
  void everyOperationHasItsOwnOperationIdToNameAClientMethod() {
    Set<String> ids = new TreeSet<>();
    document()
        .getPaths()
        .forEach(
            (path, item) -> {
              for (Operation operation : item.readOperations()) {
                assertNotNull(operation.getOperationId(), path);
                assertTrue(
                    ids.add(operation.getOperationId()), "twice: " + operation.getOperationId());
              }
            });
    assertTrue(ids.containsAll(Set.of("listOrganisations", "queryWhoWhatWhere", "issueApiKey")));
  }

  @Test
  void theDocumentMergedAtBuildTimeFromTheSameInputsIsTheOneServed(@TempDir Path inputs)
      throws IOException {
    ObjectNode served =
        (ObjectNode)
            json.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
    Map<String, Path> documents = new LinkedHashMap<>();
    Map<String, List<String>> servedRoutes = new LinkedHashMap<>();
    for (Upstream upstream : routes.upstreams()) {
      Response answer = directDocument(upstream);
      if (answer != null && answer.statusCode() == 200) {
        Path file = inputs.resolve(upstream.name() + ".json");
        Files.writeString(file, answer.asString());
        documents.put(upstream.name(), file);
        servedRoutes.put(upstream.name(), upstream.prefixes());
      }
    }
    assertTrue(
        documents.keySet().containsAll(Set.of("partners", "projects", "test-echo")),
        "services up: " + documents.keySet());
    OpenApiBuild build = new OpenApiBuild(json);
    ObjectNode built = build.merge(ownStoredDocument(), documents, servedRoutes, "unused");
    served.remove("servers");
    built.remove("servers");
    assertEquals(List.of(), differences(served, built, ""), "served vs built");
  }

  @Test
  void theServicesServeTheDocumentsTheirBuildsStored() throws IOException {
    for (String service : List.of("partners", "projects")) {
      Upstream upstream =
          routes.upstreams().stream()
              .filter(u -> u.name().equals(service))
              .findFirst()
              .orElseThrow();
      Path stored = Path.of("..", service + "-service", "target", "openapi", "openapi.json");
      assertTrue(Files.isRegularFile(stored), stored + ": build " + service + "-service first");
      ObjectNode built = (ObjectNode) json.readTree(stored.toFile());
      ObjectNode served = (ObjectNode) json.readTree(directDocument(upstream).asString());
      // The build adds the addresses it guesses; the merge replaces them with the gateway's.
      built.remove("servers");
      served.remove("servers");
      assertEquals(List.of(), differences(built, served, ""), service + ": stored vs served");
    }
  }

  @Test
  void swaggerUiShowsTheUnifiedDocument() {
    given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("<html"));
  }

  /** The gateway's own document as its build stores it (Quarkus writes it at augmentation). */
  private static Path ownStoredDocument() {
    Path stored = Path.of("target", "openapi", "openapi.json");
    assertTrue(Files.isRegularFile(stored), stored + " was not written");
    return stored;
  }

  private static Response directDocument(Upstream upstream) {
    try {
      return given().baseUri(upstream.origin()).queryParam("format", "json").get("/q/openapi");
    } catch (Exception refused) {
      return null; // as the gateway leaves out a service that does not answer
    }
  }

  /** Where two documents differ, as JSON pointers with both values (the first 20). */
  private static List<String> differences(JsonNode a, JsonNode b, String at) {
    List<String> found = new ArrayList<>();
    if (a.isObject() && b.isObject()) {
      Set<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        found.addAll(
            differences(
                a.path(name), b.path(name), at + "/" + name.replace("~", "~0").replace("/", "~1")));
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        found.addAll(differences(a.get(i), b.get(i), at + "/" + i));
      }
    } else if (!a.equals(b)) {
      found.add(at + ": " + abbreviated(a) + " vs " + abbreviated(b));
    }
    return found.size() > 20 ? found.subList(0, 20) : found;
  }

  private static String abbreviated(JsonNode node) {
    String text = node.isMissingNode() ? "(absent)" : node.toString();
    return text.length() > 160 ? text.substring(0, 160) + "…" : text;
  }

  private static OpenAPI document() {
    return parse(given().accept("application/json").get("/q/openapi").asString());
  }

  private static OpenAPI parse(String document) {
    SwaggerParseResult result = new OpenAPIParser().readContents(document, null, null);
    assertNotNull(result.getOpenAPI(), String.valueOf(result.getMessages()));
    assertEquals(List.of(), result.getMessages(), "parser messages");
    return result.getOpenAPI();
  }

  private static Set<String> missing(Set<String> expected, Set<String> actual) {
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    return missing;
  }
}
