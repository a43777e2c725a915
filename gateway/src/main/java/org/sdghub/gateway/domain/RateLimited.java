package org.sdghub.gateway.domain;

import java.util.Map;
import org.sdghub.platform.ProblemException;

/** Answers 429: the key has used its quota; {@link #state()} says when to come back. */
public class RateLimited extends ProblemException {

  private final RateLimitState state;

  /** The 429 for a key in this state. */
  public RateLimited(RateLimitState state) {
    super(
        429,
        "rate-limited",
        "Too many requests",
        "This API key has made "
            + state.quota()
            + " requests in "
            + state.windowSeconds()
            + " seconds; retry after "
            + state.retryAfterSeconds()
            + " seconds.",
        Map.of());
    this.state = state;
  }

  /** The key's standing. */
  public RateLimitState state() {
    return state;
  }
}
