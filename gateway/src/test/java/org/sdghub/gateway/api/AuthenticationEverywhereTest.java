package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.gateway.support.RawHttp;
import org.sdghub.gateway.support.ServiceWrites;

/**
 * Every operation of the unified OpenAPI document, called without a key, with a malformed key, with
 * a well-formed key nobody issued and with a revoked key, answers 401 as a problem and writes
 * nothing. Operations added later are covered without a change. Each operation is called from a
 * loopback address of its own, so that the failures stay under the per-address quota.
 */
@QuarkusTest
class AuthenticationEverywhereTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  @Test
  void everyOperationRefusesEveryCallerWithoutAnActiveKey() throws Exception {
    JsonNode document =
        JSON.readTree(
            given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    JsonPath issued = ApiKeys.issue(UUID.randomUUID(), List.of("coordinator"), null);
    String revoked = "Bearer " + issued.getString("key");
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .header("If-Match", "\"" + issued.getLong("version") + "\"")
        .delete("/api/v1/api-keys/" + issued.getString("id"))
        .then()
        .statusCode(204);
    Map<String, String> callers = new LinkedHashMap<>();
    callers.put("no key", null);
    callers.put("malformed key", "Bearer short");
    callers.put(
        "unknown key",
        "Bearer sdghub_" + UUID.randomUUID().toString().replace("-", "") + "AbCdEfGhIjK");
    callers.put("revoked key", revoked);

    Map<String, Long> before = ServiceWrites.newest();
    List<String> wrong = new ArrayList<>();
    int operations = 0;
    int sent = 0;
    Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : METHODS) {
        if (!path.getValue().has(method)) {
          continue;
        }
        operations++;
        String address = "127.0.1." + (operations % 250 + 1);
        String target = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        for (Map.Entry<String, String> caller : callers.entrySet()) {
          String answer = RawHttp.exchange(address, request(method, target, caller.getValue()));
          sent++;
          int status = RawHttp.status(answer);
          if (status != 401
              || !answer.toLowerCase().contains("content-type: application/problem+json")
              || !answer.contains("\"status\":401")) {
            wrong.add(
                method.toUpperCase()
                    + " "
                    + target
                    + " with "
                    + caller.getKey()
                    + ": "
                    + firstLine(answer));
          }
        }
      }
    }
    System.out.printf(
        "Authentication over %d operations: %d requests, %d not a 401 problem%n",
        operations, sent, wrong.size());
    assertTrue(operations >= 50, "the document lists " + operations + " operations");
    assertEquals(List.of(), wrong);
    assertEquals(before, ServiceWrites.newest(), "something was written");
  }

  private static String request(String method, String path, String authorization) {
    StringBuilder request = new StringBuilder();
    request.append(method.toUpperCase()).append(' ').append(path).append(" HTTP/1.1\r\n");
    request.append("Host: localhost\r\n");
    if (authorization != null) {
      request.append("Authorization: ").append(authorization).append("\r\n");
    }
    request.append("If-Match: \"1\"\r\n");
    String body = method.equals("get") || method.equals("delete") ? "" : "{}";
    if (!body.isEmpty()) {
      request.append("Content-Type: application/json\r\n");
    }
    request.append("Content-Length: ").append(body.length()).append("\r\n");
    request.append("Connection: close\r\n\r\n").append(body);
    return request.toString();
  }

  private static String firstLine(String answer) {
    int end = answer.indexOf("\r\n");
    return end < 0 ? answer : answer.substring(0, end);
  }
}
