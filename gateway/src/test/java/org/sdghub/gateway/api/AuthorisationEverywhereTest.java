package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.gateway.support.Region;
import org.sdghub.gateway.support.ServiceWrites;
import org.sdghub.platform.testing.Eventually;

/**
 * Every object-scoped operation of the unified OpenAPI document (one whose path names an object),
 * called on real objects of one organisation by each role of another: the partner, the donor and
 * the viewer of an organisation that neither owns nor takes part in them. What is open data (an
 * organisation's profile, a project, its results and funding) they read; what is private (contacts,
 * webhook subscriptions, API keys) they neither read nor learn of; nothing they change or ask for
 * is done, and nothing is written. Operations added later are covered without a change as long as
 * their path names objects this test knows how to make; the coverage printed (and required to be
 * whole) says whether it does.
 */
@QuarkusTest
class AuthorisationEverywhereTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  /** Path parts whose objects are nobody's but their owner's: others are told they don't exist. */
  private static final Set<String> PRIVATE = Set.of("contacts", "subscriptions", "api-keys");

  /** Reference data belongs to no organisation: its parameters name code lists, not objects. */
  private static final String REFERENCE = "/api/v1/reference/";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The owner's objects, by the path part that lists them. */
  private final Map<String, String> byCollection = new LinkedHashMap<>();

  /** The owner's objects, by the name of a path parameter that holds them anywhere. */
  private final Map<String, String> byParameter = new LinkedHashMap<>();

  @Test
  void anotherOrganisationReadsOnlyOpenDataAndChangesNothing() throws Exception {
    JsonNode document =
        JSON.readTree(
            given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    Owner owner = makeOwnersObjects();
    Region.Agency other = Region.organisation();
    Map<String, String> callers = new LinkedHashMap<>();
    for (String role : List.of("partner", "donor", "viewer")) {
      callers.put(
          role + " of another organisation",
          "Bearer " + ApiKeys.issue(other.id(), List.of(role), 100_000).getString("key"));
    }

    Map<String, Object> before = written(owner);
    List<String> wrong = new ArrayList<>();
    List<String> uncovered = new ArrayList<>();
    int scoped = 0;
    int exercised = 0;
    int sent = 0;
    Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      String template = path.getKey();
      if (!template.contains("{") || template.startsWith(REFERENCE)) {
        continue;
      }
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null) {
          continue;
        }
        scoped++;
        Optional<String> target = concrete(template);
        if (target.isEmpty()) {
          uncovered.add(method.toUpperCase() + " " + template);
          continue;
        }
        exercised++;
        String label = method.toUpperCase() + " " + target.get();
        boolean open = method.equals("get") && !isPrivate(template);
        if (method.equals("get")) {
          // The objects are real: their owner's side reads them, so a refusal below is a rule.
          int owners = send("get", target.get(), null, null, ApiKeys.COORDINATOR).statusCode();
          if (owners != 200) {
            wrong.add(label + " by a coordinator: " + owners);
          }
        }
        Body body = body(document, operation);
        String etag = etag(target.get());
        for (Map.Entry<String, String> caller : callers.entrySet()) {
          HttpResponse<String> answer = send(method, target.get(), body, etag, caller.getValue());
          sent++;
          int status = answer.statusCode();
          boolean right =
              open ? status == 200 : (status == 403 || status == 404) && isProblem(answer);
          Optional<String> unknown = unknownPrivate(target.get());
          if (right && unknown.isPresent()) {
            // Nor may the answer tell that the object exists: an id nobody has gets the same.
            int elsewhere = send(method, unknown.get(), body, etag, caller.getValue()).statusCode();
            sent++;
            if (elsewhere != status) {
              wrong.add(
                  label
                      + " by the "
                      + caller.getKey()
                      + ": "
                      + status
                      + ", but "
                      + elsewhere
                      + " for an id nobody has");
            }
          }
          if (!right) {
            wrong.add(label + " by the " + caller.getKey() + ": " + status + " " + brief(answer));
          }
        }
      }
    }
    double coverage = scoped == 0 ? 0 : (double) exercised / scoped;
    System.out.printf(
        "Authorisation over %d object-scoped operations: %d exercised (coverage %.2f), %d"
            + " requests by another organisation, %d not as the rules say%n",
        scoped, exercised, coverage, sent, wrong.size());
    assertTrue(scoped >= 40, "the document lists " + scoped + " object-scoped operations");
    assertEquals(List.of(), uncovered, "object-scoped operations this test cannot call");
    assertEquals(List.of(), wrong);
    assertEquals(before, written(owner), "something was written");
  }

  @Test
  void aViewerChangesNothingAnywhere() throws Exception {
    JsonNode document =
        JSON.readTree(
            given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    Owner owner = makeOwnersObjects();
    String viewer =
        "Bearer "
            + ApiKeys.issue(UUID.fromString(owner.organisation()), List.of("viewer"), 100_000)
                .getString("key");
    Map<String, Object> before = written(owner);
    List<String> wrong = new ArrayList<>();
    int writes = 0;
    Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : List.of("post", "put", "patch", "delete")) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null) {
          continue;
        }
        // Its own organisation's objects where the path names some: a viewer's role, not its
        // organisation, is what refuses it.
        Optional<String> target = concrete(path.getKey());
        if (target.isEmpty()) {
          wrong.add(method.toUpperCase() + " " + path.getKey() + ": not called");
          continue;
        }
        writes++;
        HttpResponse<String> answer =
            send(method, target.get(), body(document, operation), etag(target.get()), viewer);
        if (answer.statusCode() != 403 || !isProblem(answer)) {
          wrong.add(
              method.toUpperCase()
                  + " "
                  + target.get()
                  + ": "
                  + answer.statusCode()
                  + " "
                  + brief(answer));
        }
      }
    }
    System.out.printf(
        "A viewer over %d write operations: %d not a 403 problem%n", writes, wrong.size());
    assertTrue(writes >= 30, "the document lists " + writes + " write operations");
    assertEquals(List.of(), wrong);
    assertEquals(before, written(owner), "something was written");
  }

  /** The owning organisation's objects, one of each kind the document names. */
  private Owner makeOwnersObjects() {
    Region.Agency agency = Region.organisation();
    Region.Agency donor = Region.organisation("10", "donor-government");
    String partner =
        "Bearer " + ApiKeys.issue(agency.id(), List.of("partner"), 100_000).getString("key");
    String donorKey =
        "Bearer " + ApiKeys.issue(donor.id(), List.of("donor"), 100_000).getString("key");
    String key = ApiKeys.issue(agency.id(), List.of("viewer"), null).getString("id");
    String project = Region.create(Region.project(agency)).path("id");
    String second = Region.create(Region.project(agency)).path("id");
    String result =
        created(
            partner,
            "/api/v1/projects/" + project + "/results",
            Map.of(
                "title", Map.of("en", "Water productivity"),
                "indicator", Map.of("sdgIndicator", "6.4.1"),
                "unit", "USD/m3",
                "baseline", Map.of("year", 2023, "value", 1.8),
                "target", Map.of("year", 2027, "value", 2.4)));
    String contact =
        created(
            partner,
            "/api/v1/organisations/" + agency + "/contacts",
            Map.of("name", "Aigerim Sadykova", "email", "aigerim.sadykova@example.org"));
    String transaction =
        Eventually.awaitValue(
            Duration.ofSeconds(30),
            "funding-service never accepted the donor's transaction",
            () -> {
              Response response =
                  given()
                      .header("Authorization", donorKey)
                      .header("Idempotency-Key", UUID.randomUUID().toString())
                      .contentType(ContentType.JSON)
                      .body(
                          Region.map(
                              "type", "disbursement",
                              "projectId", project,
                              "providerOrganisationId", donor.toString(),
                              "receiverOrganisationId", agency.toString(),
                              "amount", "1000.00",
                              "currency", "USD",
                              "valueDate", "2024-03-05"))
                      .when()
                      .post("/api/v1/funding/transactions")
                      .andReturn();
              return response.statusCode() == 201
                  ? Optional.of(response.<String>path("id"))
                  : Optional.empty();
            });
    // A public address, filtered to a project nobody has: the subscription never gets a message.
    String subscription =
        created(
            donorKey,
            "/api/v1/webhooks/subscriptions",
            Map.of(
                "url", "https://93.184.215.14/sdghub/webhooks",
                "eventTypes", List.of("org.sdghub.project.updated.v1"),
                "filters", Map.of("projectIds", List.of(UUID.randomUUID().toString()))));

    byCollection.put("organisations", agency.toString());
    byCollection.put("projects", project);
    byCollection.put("results", result);
    byCollection.put("contacts", contact);
    byCollection.put("transactions", transaction);
    byCollection.put("subscriptions", subscription);
    byCollection.put("api-keys", key);
    // No message was ever queued for the subscription: any id will do, none is another's.
    byCollection.put("messages", UUID.randomUUID().toString());
    byParameter.put("organisationId", agency.toString());
    byParameter.put("projectId", project);
    byParameter.put("projectA", project);
    byParameter.put("projectB", second);
    return new Owner(agency.toString(), project, subscription, key);
  }

  private record Owner(String organisation, String project, String subscription, String key) {}

  /** The id in the response to a POST that must create. */
  private String created(String authorization, String path, Object body) {
    return given()
        .header("Authorization", authorization)
        .header("If-Match", etag(path))
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The path with each parameter one of the owner's objects; empty if one is of no known kind. */
  private Optional<String> concrete(String template) {
    Matcher parameters = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (parameters.find()) {
      String before = template.substring(0, parameters.start() - 1);
      String collection = before.substring(before.lastIndexOf('/') + 1);
      String name = parameters.group(1);
      String value = byParameter.get(name);
      if (value == null && (name.equals("id") || name.endsWith("Id"))) {
        value = byCollection.get(collection);
      }
      if (value == null) {
        return Optional.empty();
      }
      parameters.appendReplacement(path, value);
    }
    parameters.appendTail(path);
    return Optional.of(path.toString());
  }

  private static boolean isPrivate(String template) {
    for (String part : template.split("/")) {
      if (PRIVATE.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** The ETag of the object the path acts on, read by a coordinator: a stale one proves nothing. */
  private String etag(String path) {
    for (String candidate = path;
        candidate.startsWith("/api/v1/") && candidate.length() > "/api/v1/".length();
        candidate = candidate.substring(0, candidate.lastIndexOf('/'))) {
      Response response = given().header("Authorization", ApiKeys.COORDINATOR).get(candidate);
      if (response.statusCode() == 200 && response.header("ETag") != null) {
        return response.header("ETag");
      }
    }
    return "\"1\"";
  }

  private HttpResponse<String> send(
      String method, String path, Body body, String etag, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", authorization)
            .header("Idempotency-Key", UUID.randomUUID().toString());
    if (etag != null) {
      request.header("If-Match", etag);
    }
    if (body != null && !method.equals("get") && !method.equals("delete")) {
      request.header("Content-Type", body.type());
      request.method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString(body.content()));
    } else {
      request.method(method.toUpperCase(), HttpRequest.BodyPublishers.noBody());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A request body and its media type. */
  private record Body(String type, String content) {}

  /** A body the owner could send: the operation's example, or one made from its schema. */
  private static Body body(JsonNode document, JsonNode operation) throws Exception {
    JsonNode content = operation.path("requestBody").path("content");
    if (content.isEmpty()) {
      return null;
    }
    String type = content.fieldNames().next();
    JsonNode media = content.get(type);
    JsonNode example = media.path("example");
    if (example.isMissingNode()) {
      Iterator<JsonNode> examples = media.path("examples").elements();
      if (examples.hasNext()) {
        example = examples.next().path("value");
      }
    }
    if (example.isMissingNode()) {
      example = sample(document, media.path("schema"), 0);
    }
    return new Body(
        type, example.isTextual() ? example.asText() : JSON.writeValueAsString(example));
  }

  /** The path with the private object's id one that nobody has; empty if it names none. */
  private static Optional<String> unknownPrivate(String path) {
    String[] parts = path.split("/", -1);
    for (int i = 0; i + 1 < parts.length; i++) {
      if (PRIVATE.contains(parts[i])) {
        parts[i + 1] = UUID.randomUUID().toString();
        return Optional.of(String.join("/", parts));
      }
    }
    return Optional.empty();
  }

  /** A plausible value of the schema: its example, else the simplest value of its type. */
  private static JsonNode sample(JsonNode document, JsonNode schema, int depth) {
    JsonNode resolved = schema;
    for (int i = 0; i < 10 && resolved.has("$ref"); i++) {
      resolved = document.at(resolved.get("$ref").asText().substring(1));
    }
    if (resolved.has("examples") && resolved.get("examples").size() > 0) {
      return resolved.get("examples").get(0);
    }
    if (resolved.has("enum")) {
      return resolved.get("enum").get(0);
    }
    switch (resolved.path("type").asText("object")) {
      case "string":
        return switch (resolved.path("format").asText("")) {
          case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
          case "date" -> NODES.textNode("2024-06-01");
          case "date-time" -> NODES.textNode("2024-06-01T00:00:00Z");
          default -> NODES.textNode("Reviewed by the centre");
        };
      case "integer":
      case "number":
        return NODES.numberNode(resolved.path("minimum").asInt(1));
      case "boolean":
        return NODES.booleanNode(true);
      case "array":
        ArrayNode array = NODES.arrayNode();
        if (depth < 4) {
          array.add(sample(document, resolved.path("items"), depth + 1));
        }
        return array;
      default:
        ObjectNode object = NODES.objectNode();
        if (depth < 4) {
          Set<String> required = new java.util.HashSet<>();
          resolved.path("required").forEach(r -> required.add(r.asText()));
          resolved
              .path("properties")
              .fields()
              .forEachRemaining(
                  p -> {
                    if (required.contains(p.getKey())) {
                      object.set(p.getKey(), sample(document, p.getValue(), depth + 1));
                    }
                  });
        }
        return object;
    }
  }

  /**
   * What another organisation could have changed: every service's outbox, and the owner's objects
   * that are kept without events (its API key, its webhook subscription and the messages queued for
   * it, the overlap reviews).
   */
  private static Map<String, Object> written(Owner owner) throws Exception {
    Map<String, Object> written = new LinkedHashMap<>(ServiceWrites.newest());
    written.put(
        "api key",
        ServiceWrites.query(
            "gateway",
            "SELECT version, revoked_at IS NULL FROM api_key WHERE id = '" + owner.key() + "'"));
    written.put(
        "overlap reviews", ServiceWrites.query("gateway", "SELECT count(*) FROM overlap_review"));
    written.put(
        "subscription",
        ServiceWrites.query(
            "funding",
            "SELECT version, url, enabled, secret, coalesce(previous_secret, '')"
                + " FROM webhook_subscription WHERE id = '"
                + owner.subscription()
                + "'"));
    written.put(
        "messages",
        ServiceWrites.query(
            "funding",
            "SELECT count(*) FROM webhook_message WHERE subscription_id = '"
                + owner.subscription()
                + "'"));
    return written;
  }

  private static boolean isProblem(HttpResponse<String> answer) {
    try {
      return answer
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json")
          && JSON.readTree(answer.body()).path("status").asInt() == answer.statusCode();
    } catch (Exception e) {
      return false;
    }
  }

  private static String brief(HttpResponse<String> answer) {
    String flat = answer.body().replaceAll("\\s+", " ");
    return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
  }
}
