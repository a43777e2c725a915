package org.sdghub.gateway.api;

import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.MultivaluedMap;
import org.sdghub.gateway.domain.RateLimitState;
import org.sdghub.gateway.domain.RateLimited;

/**
 * The rate limit headers of the IETF draft (draft-ietf-httpapi-ratelimit-headers): {@code
 * RateLimit-Policy: "per-key";q=600;w=60} and {@code RateLimit: "per-key";r=599;t=1}, plus {@code
 * Retry-After} on a 429.
 */
final class RateLimitHeaders {

  static final String POLICY = "RateLimit-Policy";
  static final String LIMIT = "RateLimit";
  static final String RETRY_AFTER = "Retry-After";
  private static final String NAME = "\"per-key\"";

  private RateLimitHeaders() {}

  /** On a Vert.x response. */
  static void apply(HttpServerResponse response, RateLimitState state) {
    response.putHeader(POLICY, policy(state));
    response.putHeader(LIMIT, limit(state));
  }

  /** On a Vert.x response refused for its rate. */
  static void apply(HttpServerResponse response, RateLimited refused) {
    apply(response, refused.state());
    response.putHeader(RETRY_AFTER, Long.toString(refused.state().retryAfterSeconds()));
  }

  /** On a REST response. */
  static void apply(MultivaluedMap<String, Object> headers, RateLimitState state) {
    headers.putSingle(POLICY, policy(state));
    headers.putSingle(LIMIT, limit(state));
  }

  private static String policy(RateLimitState state) {
    return NAME + ";q=" + state.quota() + ";w=" + state.windowSeconds();
  }

  private static String limit(RateLimitState state) {
    return NAME + ";r=" + state.remaining() + ";t=" + state.resetSeconds();
  }
}
