package org.sdghub.gateway.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.sdghub.gateway.domain.KeyIdentity;
import org.sdghub.gateway.domain.RateLimitState;
import org.sdghub.gateway.domain.RateLimited;
import org.sdghub.gateway.service.ApiKeyAuthenticator;
import org.sdghub.gateway.service.RateLimiter;

/**
 * The rate limit of {@link PerKeyRateLimited} endpoints: takes one request from the key's bucket (a
 * call without a valid key is left to authentication, which answers 401) and puts the {@code
 * RateLimit} headers on the response, the 429 included.
 */
@Provider
@PerKeyRateLimited
public class PerKeyRateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String STATE = PerKeyRateLimitFilter.class.getName() + ".state";

  private final ApiKeyAuthenticator authenticator;
  private final RateLimiter limiter;

  PerKeyRateLimitFilter(ApiKeyAuthenticator authenticator, RateLimiter limiter) {
    this.authenticator = authenticator;
    this.limiter = limiter;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<KeyIdentity> key =
        authenticator.identify(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (key.isEmpty()) {
      return;
    }
    try {
      limiter.consume(key.get()).ifPresent(state -> request.setProperty(STATE, state));
    } catch (RateLimited refused) {
      request.setProperty(STATE, refused.state());
      request.setProperty(STATE + ".refused", Boolean.TRUE);
      throw refused;
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(STATE) instanceof RateLimitState state) {
      RateLimitHeaders.apply(response.getHeaders(), state);
      if (request.getProperty(STATE + ".refused") != null) {
        response
            .getHeaders()
            .putSingle(RateLimitHeaders.RETRY_AFTER, Long.toString(state.retryAfterSeconds()));
      }
    }
  }
}
