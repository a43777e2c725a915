package org.sdghub.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every service's OpenAPI document shows for each {@code /api} operation: a summary, a
 * description, described parameters, the gateway's token as security, each error it can answer as a
 * Problem, and an operation id that generated clients name their method after. Extend it in a
 * {@code @QuarkusTest} of each service, saying which operations need {@code If-Match}; the
 * service's own checks of its document go in the same class, on {@link #document}.
 */
public abstract class ServiceOpenApiContract {

  private static final String PROBLEM = "#/components/schemas/Problem";

  /** What generated clients turn into a method name: {@code listOrganisations}. */
  private static final Pattern OPERATION_ID = Pattern.compile("[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*");

  /** The service's OpenAPI document as served at {@code /q/openapi}, read before each test. */
  protected JsonPath document;

  /** Whether this operation ({@code method} in upper case) needs {@code If-Match}. */
  protected abstract boolean needsIfMatch(String method, String path);

  @BeforeEach
  void readTheDocument() {
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
  void everyOperationHasASummaryADescriptionDescribedParametersAndTheGatewayToken() {
    List<String> missing = new ArrayList<>();
    forEachOperation(
        (method, path, operation) -> {
          String name = method + " " + path;
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
        (method, path, operation) -> {
          List<String> expected = new ArrayList<>(List.of("400", "401", "403", "500"));
          if (path.contains("{")) {
            expected.add("404");
          }
          if (needsIfMatch(method, path)) {
            expected.addAll(List.of("412", "428"));
          }
          Map<String, Map<String, Object>> responses = map(operation.get("responses"));
          for (String status : expected) {
            if (!PROBLEM.equals(problemSchemaOf(responses.get(status)))) {
              missing.add(method + " " + path + " " + status);
            }
          }
        });
    assertEquals(List.of(), missing);
  }

  @Test
  void everyOperationHasAUniqueOperationIdThatNamesAClientMethod() {
    List<String> wrong = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    forEachOperation(
        (method, path, operation) -> {
          Object id = operation.get("operationId");
          if (id == null || !OPERATION_ID.matcher(id.toString()).matches()) {
            wrong.add(method + " " + path + " operationId " + id);
          } else if (!seen.add(id.toString())) {
            wrong.add(method + " " + path + " repeats operationId " + id);
          }
        });
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyParameterHasATypeThatAClientCanBeGeneratedFrom() {
    List<String> untyped = new ArrayList<>();
    forEachOperation(
        (method, path, operation) -> {
          List<Map<String, Object>> parameters = list(operation.get("parameters"));
          for (Map<String, Object> parameter : parameters) {
            Map<String, Object> schema = map(parameter.get("schema"));
            if (schema == null || (schema.get("type") == null && schema.get("$ref") == null)) {
              untyped.add(method + " " + path + " " + parameter.get("name"));
            }
          }
        });
    assertEquals(List.of(), untyped);
  }

  @Test
  void everySuccessfulAnswerWithABodyNamesItsSchema() {
    // An untyped answer ({} or none) reaches a generated client as an Object to cast by hand.
    List<String> untyped = new ArrayList<>();
    forEachOperation(
        (method, path, operation) -> {
          Map<String, Map<String, Object>> responses = map(operation.get("responses"));
          responses.forEach(
              (status, response) -> {
                Map<String, Map<String, Object>> content = map(response.get("content"));
                if (!status.startsWith("2") || content == null) {
                  return;
                }
                content.forEach(
                    (type, media) -> {
                      Map<String, Object> schema = map(media.get("schema"));
                      if (schema == null || schema.isEmpty()) {
                        untyped.add(method + " " + path + " " + status + " " + type);
                      }
                    });
              });
        });
    assertEquals(List.of(), untyped);
  }

  /** An operation of the document: its method in upper case, its path and its object. */
  @FunctionalInterface
  protected interface OperationCheck {
    void check(String method, String path, Map<String, Object> operation);
  }

  /** Runs the check on every operation under {@code /api/}. */
  protected void forEachOperation(OperationCheck check) {
    Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
    paths.forEach(
        (path, item) ->
            item.forEach(
                (method, operation) -> {
                  if (path.startsWith("/api/") && !method.equals("parameters")) {
                    check.check(method.toUpperCase(), path, operation);
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
