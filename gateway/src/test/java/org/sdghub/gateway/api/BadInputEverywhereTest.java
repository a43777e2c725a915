package org.sdghub.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.gateway.support.ServiceWrites;

/**
 * Every write operation of the unified OpenAPI document, through the gateway to the real services,
 * sent junk a new user or an attacker would send: broken and ambiguous JSON, wrong shapes, wrong
 * content types, NUL and invalid UTF-8, deep nesting, and for each field of its body a value of the
 * wrong JSON type, too long, too large, negative, outside its enum, an impossible date, an
 * unassigned country or currency. Each answer must be a 4xx problem whose {@code status} is the
 * HTTP status, and nothing may be written. Operations added later are covered without a change.
 */
@QuarkusTest
class BadInputEverywhereTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  // A key of its own, with room for every request: the shared coordinator key's quota is the
  // other tests'.
  private String coordinator;

  private int sent;
  private final List<String> serverErrors = new ArrayList<>();
  private final List<String> accepted = new ArrayList<>();
  private final List<String> notProblems = new ArrayList<>();

  @Test
  void noWriteOperationAnswersBadInputWithA5xxOrAcceptsIt() throws Exception {
    JsonNode document =
        JSON.readTree(
            RestAssured.given()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    coordinator =
        "Bearer "
            + ApiKeys.issue(UUID.randomUUID(), List.of("coordinator"), 100_000).getString("key");
    Map<String, Long> before = ServiceWrites.newest();
    int operations = 0;
    Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : List.of("post", "put", "patch")) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null || operation.path("requestBody").path("content").isEmpty()) {
          continue;
        }
        operations++;
        fuzz(document, method.toUpperCase(), concrete(path.getKey()), operation);
      }
    }
    Map<String, Long> after = ServiceWrites.newest();
    System.out.printf(
        "Bad input over %d write operations: %d requests, %d answered 5xx, %d accepted, %d not"
            + " problems%n",
        operations, sent, serverErrors.size(), accepted.size(), notProblems.size());
    assertTrue(operations >= 20, "the document lists " + operations + " write operations");
    assertEquals(List.of(), serverErrors, "answered 5xx");
    assertEquals(List.of(), accepted, "accepted junk");
    assertEquals(List.of(), notProblems, "answered without a matching problem");
    assertEquals(before, after, "something was written");
  }

  private void fuzz(JsonNode document, String method, String path, JsonNode operation)
      throws Exception {
    JsonNode content = operation.path("requestBody").path("content");
    String type =
        content.has("application/json") ? "application/json" : content.fieldNames().next();
    boolean json = type.contains("json");
    if (json) {
      for (String body :
          List.of(
              "{\"a\": ",
              "{} {}",
              "[]",
              "\"text\"",
              "42",
              "null",
              "",
              "{\"zzNotAField\": 1}",
              "{\"a\": 1, \"a\": 2}",
              "{\"a\":".repeat(300) + "1" + "}".repeat(300),
              "{\"name\": \"a\\u0000b\"}")) {
        send(method, path, type, body.getBytes(StandardCharsets.UTF_8), "body " + brief(body));
      }
      ByteArrayOutputStream invalidUtf8 = new ByteArrayOutputStream();
      invalidUtf8.writeBytes("{\"name\": \"".getBytes(StandardCharsets.UTF_8));
      invalidUtf8.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
      invalidUtf8.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
      send(method, path, type, invalidUtf8.toByteArray(), "invalid UTF-8");
      send(method, path, "text/plain", "{}".getBytes(StandardCharsets.UTF_8), "text/plain");
      send(method, path, "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8), "xml");
      JsonNode schema = resolve(document, content.path(type).path("schema"));
      ObjectNode base = baseline(content.path(type));
      for (Map.Entry<String, JsonNode> variant : fieldVariants(document, schema, base).entrySet()) {
        send(method, path, type, JSON.writeValueAsBytes(variant.getValue()), variant.getKey());
      }
    } else {
      send(method, path, type, new byte[] {0, (byte) 0xFF, 'a'}, "NUL and invalid UTF-8 text");
    }
  }

  /** One body per field and kind of wrong value, each on top of the operation's example. */
  private Map<String, JsonNode> fieldVariants(JsonNode document, JsonNode schema, ObjectNode base) {
    Map<String, JsonNode> variants = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
    while (properties.hasNext()) {
      Map.Entry<String, JsonNode> property = properties.next();
      String name = property.getKey();
      JsonNode field = resolve(document, property.getValue());
      String fieldType = field.path("type").asText("");
      List<JsonNode> wrong = new ArrayList<>();
      switch (fieldType) {
        case "string" -> {
          wrong.add(NODES.numberNode(12345));
          wrong.add(NODES.booleanNode(true));
          wrong.add(NODES.textNode("x".repeat(field.path("maxLength").asInt(100_000) + 1)));
          wrong.add(NODES.textNode("a\u0000b"));
          if (field.has("enum") || field.has("pattern")) {
            wrong.add(NODES.textNode("not-a-value \u2603"));
          }
          String format = field.path("format").asText("");
          if (format.equals("date")) {
            wrong.add(NODES.textNode("2025-02-30"));
            wrong.add(NODES.textNode("+6000000-01-01"));
          } else if (format.equals("date-time")) {
            wrong.add(NODES.textNode("2025-13-01T00:00:00Z"));
          } else if (format.equals("uuid")) {
            wrong.add(NODES.textNode("not-a-uuid"));
          }
          String lower = name.toLowerCase();
          if (lower.contains("country")) {
            wrong.add(NODES.textNode("XX"));
          }
          if (lower.contains("currency")) {
            wrong.add(NODES.textNode("XXX"));
          }
        }
        case "integer", "number" -> {
          wrong.add(NODES.textNode("abc"));
          wrong.add(NODES.numberNode(new java.math.BigDecimal("1e300")));
          wrong.add(NODES.numberNode(-1_000_000_000_000_000L));
          wrong.add(NODES.booleanNode(false));
        }
        case "boolean" -> {
          wrong.add(NODES.textNode("yes"));
          wrong.add(NODES.numberNode(1));
        }
        case "array" -> {
          wrong.add(NODES.objectNode());
          wrong.add(NODES.textNode("x"));
          ArrayNode huge = NODES.arrayNode();
          for (int i = 0; i < 5_000; i++) {
            huge.add("x");
          }
          wrong.add(huge);
        }
        case "object" -> {
          wrong.add(NODES.textNode("x"));
          wrong.add(NODES.arrayNode());
        }
        default -> wrong.add(NODES.arrayNode().add(NODES.objectNode()));
      }
      for (int i = 0; i < wrong.size(); i++) {
        ObjectNode body = base.deepCopy();
        body.set(name, wrong.get(i));
        variants.put(name + " #" + i + " (" + fieldType + ")", body);
      }
    }
    return variants;
  }

  private void send(String method, String path, String type, byte[] body, String what)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", coordinator)
            .header("Content-Type", type)
            .header("If-Match", "\"0\"")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    sent++;
    int status = response.statusCode();
    String label =
        method + " " + path + " with " + what + ": " + status + " " + brief(response.body());
    if (status >= 500) {
      serverErrors.add(label);
    } else if (status < 400) {
      accepted.add(label);
    } else if (!response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json")
        || JSON.readTree(response.body()).path("status").asInt() != status) {
      notProblems.add(label);
    }
  }

  private static ObjectNode baseline(JsonNode mediaType) {
    JsonNode example = mediaType.path("example");
    if (example.isMissingNode()) {
      Iterator<JsonNode> examples = mediaType.path("examples").elements();
      if (examples.hasNext()) {
        example = examples.next().path("value");
      }
    }
    if (example.isTextual()) {
      try {
        example = JSON.readTree(example.asText());
      } catch (Exception e) {
        example = NODES.objectNode();
      }
    }
    return example.isObject() ? (ObjectNode) example.deepCopy() : NODES.objectNode();
  }

  private static JsonNode resolve(JsonNode document, JsonNode schema) {
    JsonNode current = schema;
    for (int i = 0; i < 10 && current.has("$ref"); i++) {
      String ref = current.get("$ref").asText();
      JsonNode target = document.at(ref.substring(1));
      if (current.has("type") || current.has("maxLength") || current.has("format")) {
        // Local keywords beside a $ref narrow the referenced schema: keep both.
        ObjectNode merged =
            target.isObject() ? ((ObjectNode) target).deepCopy() : NODES.objectNode();
        current
            .fields()
            .forEachRemaining(
                f -> {
                  if (!f.getKey().equals("$ref")) {
                    merged.set(f.getKey(), f.getValue());
                  }
                });
        current = merged;
      } else {
        current = target;
      }
    }
    if (current.has("allOf") && current.get("allOf").size() > 0) {
      return resolve(document, current.get("allOf").get(0));
    }
    return current;
  }

  /** The path with every parameter a fresh id: bad input is refused before any lookup. */
  private static String concrete(String template) {
    return template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
  }

  private static String brief(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
  }
}
