package org.sdghub.gateway.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sdghub.platform.ProblemException;

/**
 * Answers a problem ({@code application/problem+json}, RFC 9457) from the gateway's own Vert.x
 * routes, in the same shape the platform gives the REST layer's problems.
 */
@ApplicationScoped
public class ProblemReplies {

  static final String MEDIA_TYPE = "application/problem+json";

  private final ObjectMapper json;

  ProblemReplies(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Answers once the request body has been read to its end: a connection closed with unread data is
   * reset, and the client would never see the problem.
   */
  void send(RoutingContext context, ProblemException problem) {
    HttpServerRequest request = context.request();
    Buffer body = Buffer.buffer(bytes(problem, request.path()));
    if (request.isEnded()) {
      write(context, problem, body);
      return;
    }
    request.handler(ignored -> {});
    request.endHandler(ended -> write(context, problem, body));
    request.exceptionHandler(failed -> write(context, problem, body));
    request.resume();
  }

  private void write(RoutingContext context, ProblemException problem, Buffer body) {
    if (context.response().headWritten() || context.response().closed()) {
      return;
    }
    if (problem.status() == 401) {
      context.response().putHeader("WWW-Authenticate", "Bearer");
    }
    context
        .response()
        .setStatusCode(problem.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
        .end(body);
  }

  /** The body of this problem about the request at {@code path}. */
  byte[] bytes(ProblemException problem, String path) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.type().toString());
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.detail());
    body.put("instance", path);
    body.putAll(problem.extensions());
    try {
      return json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A map of strings and numbers always serialises", e);
    }
  }
}
