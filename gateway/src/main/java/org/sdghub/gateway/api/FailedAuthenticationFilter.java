package org.sdghub.gateway.api;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.sdghub.gateway.client.ForwardedHeaders;
import org.sdghub.gateway.service.FailedAuthentications;
import org.sdghub.platform.ProblemException;

/**
 * Before anything else on the API: refuses a client address that has failed to authenticate too
 * often this minute (429 with {@code Retry-After}, no key looked up), and counts every 401 the
 * gateway answers against the address it answered. The client address is the connection's peer, or
 * the forwarded one when {@code quarkus.http.proxy.*} names the proxies to trust.
 */
@ApplicationScoped
public class FailedAuthenticationFilter {

  private final FailedAuthentications failures;
  private final ProblemReplies problems;

  FailedAuthenticationFilter(FailedAuthentications failures, ProblemReplies problems) {
    this.failures = failures;
    this.problems = problems;
  }

  void install(@Observes Router router) {
    // Before the body is read and before any route or authentication.
    router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::screen);
  }

  private void screen(RoutingContext context) {
    if (!context.request().path().startsWith("/api/")) {
      context.next();
      return;
    }
    String address = clientAddress(context);
    Optional<Duration> refused = failures.refusedFor(address);
    if (refused.isPresent()) {
      long seconds = Math.max(1, (refused.get().toMillis() + 999) / 1000);
      context.response().putHeader("Retry-After", Long.toString(seconds));
      context.response().putHeader(ForwardedHeaders.REQUEST_ID, RequestIds.of(context.request()));
      problems.send(context, new TooManyFailures(failures.perMinute(), seconds));
      return;
    }
    context.addHeadersEndHandler(
        ended -> {
          if (context.response().getStatusCode() == 401) {
            failures.failed(address);
          }
        });
    context.next();
  }

  private static String clientAddress(RoutingContext context) {
    var remote = context.request().remoteAddress();
    return remote == null ? "unknown" : remote.hostAddress();
  }

  /** Answers 429: this address has failed to authenticate too often. */
  static final class TooManyFailures extends ProblemException {
    TooManyFailures(int perMinute, long retryAfterSeconds) {
      super(
          429,
          "too-many-failed-authentications",
          "Too many failed authentications",
          "More than "
              + perMinute
              + " requests from this address had no valid API key within a minute; retry after "
              + retryAfterSeconds
              + " seconds.",
          Map.of());
    }
  }
}
