package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.client.ServiceRoutes;

/** One document for the whole API, parsed as a client generator would. */
@QuarkusTest
class OpenApiDocumentTest {

  @Inject ServiceRoutes routes;

  @ConfigProperty(name = "sdghub.test.direct.partners")
  String partners;

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
  void swaggerUiShowsTheUnifiedDocument() {
    given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("<html"));
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
