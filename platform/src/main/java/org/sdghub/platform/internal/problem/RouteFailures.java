package org.sdghub.platform.internal.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers as problems the failures that happen outside JAX-RS, in the HTTP server's own routes
 * (authentication done before the REST layer, a failing non-REST route), with the same safe 500.
 */
@ApplicationScoped
public class RouteFailures {

  private final ProblemResponses responses;
  private final UnexpectedErrors unexpected;

  RouteFailures(ProblemResponses responses, UnexpectedErrors unexpected) {
    this.responses = responses;
    this.unexpected = unexpected;
  }

  void install(@Observes Router router) {
    router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(this::failed);
  }

  private void failed(RoutingContext context) {
    if (context.response().headWritten()) {
      // Too late for a problem body: let the server close the exchange its own way.
      context.next();
      return;
    }
    Problem problem = problemFor(context);
    if (problem.status() == 401) {
      context.response().putHeader("WWW-Authenticate", "Bearer");
    }
    byte[] body = responses.bytes(problem, context.request().path());
    context
        .response()
        .setStatusCode(problem.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
        .end(Buffer.buffer(body));
  }

  private Problem problemFor(RoutingContext context) {
    Throwable failure = context.failure();
    if (failure instanceof AuthenticationFailedException
        || failure instanceof UnauthorizedException) {
      return StatusProblems.forStatus(401);
    }
    if (failure instanceof ForbiddenException) {
      return StatusProblems.forStatus(403);
    }
    int status = context.statusCode();
    if (failure == null && status >= 400 && status != 500) {
      return StatusProblems.forStatus(status);
    }
    Throwable error =
        failure != null ? failure : new IllegalStateException("Route failed with " + status);
    return unexpected.problemFor(
        error, context.request().method().name(), context.request().path());
  }
}
