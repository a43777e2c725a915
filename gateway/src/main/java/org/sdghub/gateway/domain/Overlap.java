package org.sdghub.gateway.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Two active projects of different accountable organisations that share an SDG target and an area
 * over overlapping dates, with the reasons and a score from 0 to 1: 0.4 × the share of their
 * targets in common (of all their targets), 0.3 × the share of their areas in common, 0.2 × the
 * overlap as a share of the shorter project's time, 0.1 if a funder funds both.
 *
 * @param a the project whose id comes first (as text, as PostgreSQL orders uuids)
 */
public record Overlap(
    ProjectProfile a,
    ProjectProfile b,
    List<String> sharedTargets,
    List<String> sharedAreas,
    LocalDate overlapFrom,
    LocalDate overlapTo,
    long overlapDays,
    List<UUID> sharedFunders,
    BigDecimal score) {

  /** The pair's overlap, if they overlap; {@code today} closes open ends. */
  public static Optional<Overlap> of(ProjectProfile one, ProjectProfile two, LocalDate today) {
    // By the ids' text, which orders as PostgreSQL orders uuids (UUID.compareTo does not).
    ProjectProfile a = one.id().toString().compareTo(two.id().toString()) < 0 ? one : two;
    ProjectProfile b = a == one ? two : one;
    Set<String> targets = common(a.targets(), b.targets());
    Set<String> areas = common(a.areas(), b.areas());
    if (targets.isEmpty()
        || areas.isEmpty()
        || !common(a.accountable(), b.accountable()).isEmpty()
        || a.id().equals(b.id())) {
      return Optional.empty();
    }
    LocalDate from = max(a.start(), b.start());
    LocalDate to = min(end(a, today), end(b, today));
    if (to.isBefore(from)) {
      return Optional.empty();
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    Set<UUID> funders = common(a.funders(), b.funders());
    long shorter = Math.min(length(a, today), length(b, today));
    double score =
        0.4 * targets.size() / union(a.targets(), b.targets())
            + 0.3 * areas.size() / union(a.areas(), b.areas())
            + 0.2 * Math.min(1.0, (double) days / shorter)
            + (funders.isEmpty() ? 0 : 0.1);
    return Optional.of(
        new Overlap(
            a,
            b,
            List.copyOf(targets),
            List.copyOf(areas),
            from,
            to,
            days,
            List.copyOf(funders),
            BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_EVEN)));
  }

  /** A digest of the reasons: a review holds while it stays the same. */
  public String fingerprint() {
    String reasons =
        sharedTargets
            + "|"
            + sharedAreas
            + "|"
            + overlapFrom
            + "|"
            + overlapTo
            + "|"
            + new TreeSet<>(sharedFunders);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(reasons.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T extends Comparable<T>> Set<T> common(Set<T> one, Set<T> two) {
    TreeSet<T> common = new TreeSet<>(one);
    common.retainAll(two);
    return common;
  }

  private static int union(Set<?> one, Set<?> two) {
    Set<Object> union = new java.util.HashSet<>(one);
    union.addAll(two);
    return union.size();
  }

  private static LocalDate end(ProjectProfile p, LocalDate today) {
    return p.end() != null ? p.end() : max(p.start(), today);
  }

  private static long length(ProjectProfile p, LocalDate today) {
    return ChronoUnit.DAYS.between(p.start(), end(p, today)) + 1;
  }

  private static LocalDate max(LocalDate x, LocalDate y) {
    return x.isAfter(y) ? x : y;
  }

  private static LocalDate min(LocalDate x, LocalDate y) {
    return x.isBefore(y) ? x : y;
  }
}
