package org.sdghub.platform.internal.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers as problems the two errors the HTTP server raises before any JAX-RS code runs: a body
 * over {@code quarkus.http.limits.max-body-size} (413) and a path no route serves (404).
 */
@ApplicationScoped
public class HttpFallbackRoutes {

  /** A client that keeps sending far beyond the limit is cut off rather than drained. */
  private static final int DRAIN_FACTOR = 8;

  private final ProblemResponses responses;
  private final long maxBodySize;
  private final BodyHandler chunkedBodies;

  HttpFallbackRoutes(
      ProblemResponses responses,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
          MemorySize maxBodySize) {
    this.responses = responses;
    this.maxBodySize = maxBodySize.asLongValue();
    this.chunkedBodies = BodyHandler.create(false).setBodyLimit(this.maxBodySize);
  }

  void install(@Observes Router router) {
    // Just before Quarkus's own limit check, which would answer 413 with an empty body.
    router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::limitBody);
    router.route().last().handler(this::notFound);
  }

  private void limitBody(RoutingContext context) {
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length == null && mayHaveBody(context.request())) {
      // Of unknown length: buffered up to the limit, past which the body handler fails the
      // request with 413, which RouteFailures answers as a problem.
      chunkedBodies.handle(context);
      return;
    }
    if (length == null || !isTooLong(length)) {
      context.next();
      return;
    }
    answerOnceRead(context, StatusProblems.forStatus(413));
  }

  /**
   * Reads the body to its end before answering: closing a connection with unread data resets it,
   * and the client would never see the problem.
   */
  private void answerOnceRead(RoutingContext context, Problem problem) {
    HttpServerRequest request = context.request();
    long[] received = {0};
    request.handler(
        chunk -> {
          received[0] += chunk.length();
          if (received[0] > DRAIN_FACTOR * maxBodySize) {
            request.connection().close();
          }
        });
    request.endHandler(ignored -> answer(context, problem));
    request.resume();
  }

  /** A body without Content-Length: chunked in HTTP/1.1, or any HTTP/2 stream. */
  private static boolean mayHaveBody(HttpServerRequest request) {
    String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
    return request.version() == HttpVersion.HTTP_2
        || encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
  }

  private boolean isTooLong(String contentLength) {
    try {
      return Long.parseLong(contentLength.trim()) > maxBodySize;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void notFound(RoutingContext context) {
    answer(context, StatusProblems.forStatus(404));
  }

  private void answer(RoutingContext context, Problem problem) {
    byte[] body = responses.bytes(problem, context.request().path());
    context
        .response()
        .setStatusCode(problem.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
        .end(Buffer.buffer(body));
  }
}
