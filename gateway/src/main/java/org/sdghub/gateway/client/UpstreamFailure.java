package org.sdghub.gateway.client;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.sdghub.platform.ProblemException;

/**
 * Answers 502, 503 or 504 when a service behind the gateway cannot answer: unreachable (refused,
 * reset, broken response), too busy (every connection taken and the queue full), or too slow.
 */
public final class UpstreamFailure extends ProblemException {

  private UpstreamFailure(int status, String slug, String title, String detail) {
    super(status, slug, title, detail, Map.of());
  }

  /** The problem that stands for this failure to talk to a service. */
  public static UpstreamFailure of(Upstream upstream, Throwable failure) {
    if (failure instanceof UpstreamFailure known) {
      return known;
    }
    if (failure instanceof ConnectionPoolTooBusyException) {
      return new UpstreamFailure(
          503,
          "service-unavailable",
          "Service unavailable",
          "The " + upstream.name() + " service has too many requests waiting; retry shortly.");
    }
    if (failure instanceof TimeoutException || failure instanceof ConnectTimeoutException) {
      return new UpstreamFailure(
          504,
          "gateway-timeout",
          "Service timed out",
          "The " + upstream.name() + " service did not answer in time; retry later.");
    }
    return new UpstreamFailure(
        502,
        "bad-gateway",
        "Service unreachable",
        "The " + upstream.name() + " service could not be reached; retry later.");
  }
}
