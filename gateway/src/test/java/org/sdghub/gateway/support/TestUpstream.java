package org.sdghub.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;

/**
 * A tiny service of the test's own behind the gateway: {@code /api/v1/test-echo/…} answers with
 * what it received (method, path and query, headers, body) plus an {@code ETag} and, for a POST, a
 * {@code Location} of its own, or with {@code ?bytes=N} a chunked body of N bytes; {@code
 * /api/v1/test-slow/…} answers only after five seconds.
 */
final class TestUpstream {

  static final long SLOW_MILLIS = 5_000;

  private final Vertx vertx;
  private final HttpServer server;

  private TestUpstream(Vertx vertx, HttpServer server) {
    this.vertx = vertx;
    this.server = server;
  }

  static TestUpstream start() throws Exception {
    Vertx vertx = Vertx.vertx();
    HttpServer server =
        vertx
            .createHttpServer()
            .requestHandler(request -> handle(vertx, request))
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    return new TestUpstream(vertx, server);
  }

  String url() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  void stop() {
    vertx.close();
  }

  /** Its OpenAPI document: one public path, internal ones, and a Problem unlike the platform's. */
  static final String OPENAPI =
      """
      {"openapi": "3.1.0", "info": {"title": "test upstream", "version": "1"},
       "paths": {
         "/api/v1/test-echo/things": {"get": {"operationId": "listThings", "tags": ["Things"], "security": [{"internal": []}],
           "responses": {
             "200": {"description": "ok", "content": {"application/json":
               {"schema": {"$ref": "#/components/schemas/Thing"}}}},
             "400": {"description": "bad", "content": {"application/problem+json":
               {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
         "/internal/secrets": {"get": {"responses": {"200": {"description": "internal"}}}},
         "/q/health": {"get": {"responses": {"200": {"description": "health"}}}}},
       "components": {
         "schemas": {
           "Thing": {"type": "object", "properties": {"name": {"type": "string", "maxLength": 100}}},
           "Problem": {"type": "object", "properties": {"code": {"type": "integer",
             "format": "int32", "minimum": 0, "maximum": 999}}},
           "InternalOnly": {"type": "object"}},
         "securitySchemes": {"internal": {"type": "http", "scheme": "bearer"}}}}
      """;

  private static void handle(Vertx vertx, HttpServerRequest request) {
    if (request.path().equals("/q/openapi")) {
      request.response().putHeader("Content-Type", "application/json").end(OPENAPI);
      return;
    }
    if (request.path().startsWith("/api/v1/test-slow")) {
      request.body().onSuccess(body -> vertx.setTimer(SLOW_MILLIS, t -> echo(request, body)));
      return;
    }
    if (request.getParam("bytes") != null) {
      sendBytes(request, Integer.parseInt(request.getParam("bytes")));
      return;
    }
    request.body().onSuccess(body -> echo(request, body));
  }

  /** A chunked response of this many bytes, written in 64 KiB pieces. */
  private static void sendBytes(HttpServerRequest request, int size) {
    var response = request.response().setChunked(true).putHeader("Content-Type", "text/plain");
    byte[] piece = new byte[65_536];
    java.util.Arrays.fill(piece, (byte) 'x');
    for (int sent = 0; sent < size; sent += piece.length) {
      int length = Math.min(piece.length, size - sent);
      response.write(io.vertx.core.buffer.Buffer.buffer(piece).slice(0, length));
    }
    response.end();
  }

  private static void echo(HttpServerRequest request, io.vertx.core.buffer.Buffer body) {
    JsonObject headers = new JsonObject();
    request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
    JsonObject received =
        new JsonObject()
            .put("method", request.method().name())
            .put("uri", request.uri())
            .put("headers", headers)
            .put("bodyLength", body.length())
            .put("body", body.length() <= 4096 ? body.toString() : "");
    String status = request.getParam("status");
    var response = request.response().putHeader("Content-Type", "application/json");
    response.putHeader("ETag", "\"7\"");
    if (request.method().name().equals("POST")) {
      response
          .setStatusCode(201)
          .putHeader(
              "Location",
              "http://" + request.authority() + "/api/v1/test-echo/things/42?view=full");
    }
    if (status != null) {
      response.setStatusCode(Integer.parseInt(status));
    }
    response.end(received.encode());
  }
}
