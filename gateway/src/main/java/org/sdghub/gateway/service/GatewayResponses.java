package org.sdghub.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * What the gateway itself does to every operation, written into the unified document: it may answer
 * 401 (no valid key) and 429 (the key's rate, with {@code Retry-After}); a response to a request
 * with a valid key carries the key's {@code RateLimit} and {@code RateLimit-Policy}; a response to
 * a browser of an allowed origin carries {@code Access-Control-Allow-Origin}.
 */
final class GatewayResponses {

  static final String RATE_LIMIT = "RateLimit";
  static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
  static final String RETRY_AFTER = "Retry-After";
  static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
  private static final String HEADERS = "#/components/headers/";
  private static final String PROBLEM = "#/components/schemas/Problem";
  private static final int HEADER_TEXT = 4096;

  private GatewayResponses() {}

  /** The headers the gateway sends, as components every operation refers to. */
  static void declareHeaders(ObjectNode components) {
    ObjectNode headers = components.putObject("headers");
    text(
        headers.putObject(RATE_LIMIT),
        "The key's quota left: '\"per-key\";r=<requests left>;t=<seconds until it is full"
            + " again>' (draft-ietf-httpapi-ratelimit-headers). Sent on every answer to a request"
            + " with a valid API key.");
    text(
        headers.putObject(RATE_LIMIT_POLICY),
        "The key's quota: '\"per-key\";q=<requests>;w=<seconds>'. Sent with RateLimit.");
    ObjectNode retry = headers.putObject(RETRY_AFTER);
    retry.put("description", "Seconds to wait before the key may call again.");
    retry
        .putObject("schema")
        .put("type", "integer")
        .put("format", "int32")
        .put("minimum", 0)
        .put("maximum", Integer.MAX_VALUE);
    text(
        headers.putObject(ALLOW_ORIGIN),
        "The caller's Origin, sent only when it is one of the origins the gateway is configured"
            + " to allow (none by default; the 3W page is on the gateway's own origin).");
  }

  private static void text(ObjectNode header, String description) {
    header.put("description", description);
    header.putObject("schema").put("type", "string").put("maxLength", HEADER_TEXT);
  }

  /** Adds the gateway's answers and headers to one operation. */
  static void document(ObjectNode operation) {
    ObjectNode responses = operation.with("responses");
    if (!responses.has("401")) {
      problem(responses.putObject("401"), "No valid API key");
    }
    if (!responses.has("429")) {
      ObjectNode tooMany = responses.putObject("429");
      problem(tooMany, "Too many requests for this API key: wait Retry-After seconds");
      tooMany.putObject("headers").set(RETRY_AFTER, ref(RETRY_AFTER));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (!entry.getValue().isObject() || entry.getValue().has("$ref")) {
        continue;
      }
      ObjectNode response = (ObjectNode) entry.getValue();
      String status = entry.getKey();
      ObjectNode headers = response.with("headers");
      if (status.startsWith("2") || status.startsWith("4")) {
        headers.set(RATE_LIMIT, ref(RATE_LIMIT));
        headers.set(RATE_LIMIT_POLICY, ref(RATE_LIMIT_POLICY));
      }
      headers.set(ALLOW_ORIGIN, ref(ALLOW_ORIGIN));
    }
  }

  private static void problem(ObjectNode response, String description) {
    response.put("description", description);
    response
        .putObject("content")
        .putObject("application/problem+json")
        .putObject("schema")
        .put("$ref", PROBLEM);
  }

  private static ObjectNode ref(String header) {
    ObjectNode ref = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    ref.put("$ref", HEADERS + header);
    return ref;
  }
}
