package org.sdghub.gateway.domain;

/**
 * An overlap as the API shows it: the pair, its reasons and score, and the review that holds for it
 * (null when none was made or the reasons changed since).
 */
public record OverlapView(Overlap overlap, OverlapReview review) {}
