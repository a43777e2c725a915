package org.sdghub.gateway.domain;

import java.time.Instant;

/**
 * A coordinator's verdict on an overlapping pair: {@code complementary} or {@code duplicate}, with
 * a note; it holds while the pair's reasons have the fingerprint they had when reviewed.
 */
public record OverlapReview(
    String verdict, String note, String reviewedBy, Instant reviewedAt, String fingerprint) {}
