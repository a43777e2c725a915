package org.sdghub.gateway.domain;

/**
 * Where a key stands against its rate limit after a request: the quota per window, what is left,
 * and the seconds until the quota is whole again (or, when refused, until one more request fits).
 */
public record RateLimitState(
    long quota, long windowSeconds, long remaining, long resetSeconds, long retryAfterSeconds) {}
