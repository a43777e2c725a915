package org.sdghub.projects.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service's OpenAPI document describes every operation fully, errors included. */
@QuarkusTest
class OpenApiDocumentTest {

  private static final String PROBLEM = "#/components/schemas/Problem";

  private JsonPath document;

  @BeforeEach
  void read() {
    document =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
  }

  @Test
  void everyOperationHasASummaryADescriptionAndDescribedParameters() {
    List<String> missing = new ArrayList<>();
    forEachOperation(
        (name, operation) -> {
          if (blank(operation.get("summary")) || blank(operation.get("description"))) {
            missing.add(name + " summary/description");
          }
          List<Map<String, Object>> parameters = list(operation.get("parameters"));
          for (Map<String, Object> parameter : parameters) {
            if (blank(parameter.get("description"))) {
              missing.add(name + " parameter " + parameter.get("name"));
            }
          }
          if (!"gatewayToken".equals(firstSecurity(operation))) {
            missing.add(name + " security");
          }
        });
    assertEquals(List.of(), missing);
  }

  @Test
  void everyOperationListsItsErrorResponsesAsProblems() {
    List<String> missing = new ArrayList<>();
    forEachOperation(
        (name, operation) -> {
          List<String> expected = new ArrayList<>(List.of("400", "401", "403", "500"));
          if (name.contains("{")) {
            expected.add("404");
          }
          if (name.startsWith("PUT")
              || name.startsWith("PATCH")
              || name.startsWith("DELETE")
              || (name.startsWith("POST") && name.contains("{id}"))) {
            expected.addAll(List.of("412", "428"));
          }
          Map<String, Map<String, Object>> responses = map(operation.get("responses"));
          for (String status : expected) {
            Object schema = problemSchemaOf(responses.get(status));
            if (!PROBLEM.equals(schema)) {
              missing.add(name + " " + status);
            }
          }
        });
    assertEquals(List.of(), missing);
  }

  @Test
  void writesDocumentTheirConflictsWithExamples() {
    String base = "paths.'/api/v1/projects";
    String problem = ".responses.'409'.content.'application/problem+json'";
    assertTrue(
        document.getMap(base + "'.post" + problem).toString().contains("existing"),
        "create's 409 shows the duplicate");
    assertTrue(
        document.getMap(base + "/{id}'.delete" + problem).toString().contains("cancelled"),
        "delete's 409 says to cancel instead");
    assertTrue(
        document.getMap(base + "/{id}/status'.post" + problem).toString().contains("final"),
        "status change's 409 says why");
  }

  @Test
  void patchTakesAMergePatch() {
    Map<String, Object> body =
        document.getMap("paths.'/api/v1/projects/{id}'.patch.requestBody.content");
    assertEquals(List.of("application/merge-patch+json"), List.copyOf(body.keySet()));
  }

  @Test
  void requestSchemasCarryTheirConstraints() {
    String request = "components.schemas.ProjectRequest.";
    assertEquals(150, document.getInt(request + "properties.iatiIdentifier.maxLength"));
    assertTrue(
        document
            .getList(request + "required")
            .containsAll(
                List.of(
                    "iatiIdentifier",
                    "reportingOrganisationId",
                    "title",
                    "dates",
                    "recipientCountries",
                    "participatingOrganisations")));
    assertEquals(List.of("en"), document.getList("components.schemas.LocalisedText.required"));
    assertEquals(6, document.getInt(request + "properties.recipientCountries.maxItems"));
    assertEquals(4, document.getList("components.schemas.Participant.properties.role.enum").size());
    assertEquals(
        6, document.getList("components.schemas.StatusChange.properties.status.enum").size());
    assertEquals("SDG Hub projects-service", document.getString("info.title"));
  }

  private void forEachOperation(BiConsumer<String, Map<String, Object>> check) {
    Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
    paths.forEach(
        (path, item) ->
            item.forEach(
                (method, operation) -> {
                  if (path.startsWith("/api/") && !method.equals("parameters")) {
                    check.accept(method.toUpperCase() + " " + path, operation);
                  }
                }));
  }

  private static Object problemSchemaOf(Map<String, Object> response) {
    if (response == null) {
      return null;
    }
    Map<String, Map<String, Map<String, Object>>> content = map(response.get("content"));
    Map<String, Map<String, Object>> problem =
        content == null ? null : content.get("application/problem+json");
    return problem == null ? null : problem.get("schema").get("$ref");
  }

  private static String firstSecurity(Map<String, Object> operation) {
    List<Map<String, Object>> security = list(operation.get("security"));
    return security.isEmpty() ? null : security.get(0).keySet().iterator().next();
  }

  @SuppressWarnings("unchecked")
  private static <K, V> Map<K, V> map(Object value) {
    return (Map<K, V>) value;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object value) {
    return value == null ? List.of() : (List<T>) value;
  }

  private static boolean blank(Object text) {
    return text == null || text.toString().isBlank();
  }
}
