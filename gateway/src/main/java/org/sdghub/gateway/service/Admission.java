package org.sdghub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.sdghub.gateway.domain.KeyIdentity;
import org.sdghub.gateway.domain.RateLimitState;

/**
 * Lets a request through the front door: authenticates its API key, counts it against the key's
 * rate limit and hands out the internal token to forward with it. Blocking: call from a worker.
 */
@ApplicationScoped
public class Admission {

  /** What a request admitted carries on. */
  public record Pass(KeyIdentity identity, String token, Optional<RateLimitState> rateLimit) {}

  private final ApiKeyAuthenticator authenticator;
  private final RateLimiter limiter;
  private final InternalTokenIssuer tokens;

  Admission(ApiKeyAuthenticator authenticator, RateLimiter limiter, InternalTokenIssuer tokens) {
    this.authenticator = authenticator;
    this.limiter = limiter;
    this.tokens = tokens;
  }

  /**
   * Admits the request with this {@code Authorization} header, bound for this service.
   *
   * @throws org.sdghub.gateway.domain.InvalidApiKey without an active key (401)
   * @throws org.sdghub.gateway.domain.RateLimited when the key's quota is used up (429)
   */
  public Pass admit(String authorizationHeader, String service) {
    KeyIdentity identity = authenticator.authenticate(authorizationHeader);
    Optional<RateLimitState> rateLimit = limiter.consume(identity);
    return new Pass(identity, tokens.tokenFor(identity, service), rateLimit);
  }
}
