package org.sdghub.gateway.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sdghub.gateway.domain.CoverageGap;
import org.sdghub.gateway.domain.FundingGaps;
import org.sdghub.gateway.domain.OverlapReview;
import org.sdghub.gateway.domain.OverlapView;
import org.sdghub.gateway.domain.ProjectProfile;
import org.sdghub.gateway.domain.ReadModelStatus;
import org.sdghub.gateway.domain.ReadModelStatus.TopicStatus;

/** The requests and answers of {@code /api/v1/coordination/…}. */
final class CoordinationAnswers {

  private CoordinationAnswers() {}

  /** A coordinator's verdict on an overlapping pair. */
  record ReviewRequest(
      @NotNull
          @Pattern(
              regexp = "complementary|duplicate",
              message = "must be complementary or duplicate")
          String verdict,
      @Size(max = 2000) String note) {}

  /** One project of a pair. */
  record PairProject(UUID id, String title, Set<UUID> accountable, LocalDate start, LocalDate end) {
    static PairProject of(ProjectProfile p) {
      return new PairProject(p.id(), p.title(), p.accountable(), p.start(), p.end());
    }
  }

  /** Why two projects overlap. */
  record Reasons(
      List<String> sharedTargets,
      List<String> sharedAreas,
      LocalDate overlapFrom,
      LocalDate overlapTo,
      long overlapDays,
      List<UUID> sharedFunders) {}

  /** A review as shown: null fields never appear for a pair never reviewed. */
  record Review(String verdict, String note, String reviewedBy, Instant reviewedAt) {
    static Review of(OverlapReview r) {
      return r == null ? null : new Review(r.verdict(), r.note(), r.reviewedBy(), r.reviewedAt());
    }
  }

  /** An overlapping pair (named apart from the generic pairs of generated clients). */
  @Schema(name = "OverlapPair")
  record Pair(List<PairProject> projects, Reasons reasons, BigDecimal score, Review review) {
    static Pair of(OverlapView view) {
      var o = view.overlap();
      return new Pair(
          List.of(PairProject.of(o.a()), PairProject.of(o.b())),
          new Reasons(
              o.sharedTargets(),
              o.sharedAreas(),
              o.overlapFrom(),
              o.overlapTo(),
              o.overlapDays(),
              o.sharedFunders()),
          o.score(),
          Review.of(view.review()));
    }
  }

  /** A page of pairs, the clusters of all matching pairs, and the read model's freshness. */
  record Overlaps(
      List<Pair> items,
      int page,
      int size,
      long total,
      List<List<UUID>> clusters,
      Instant asOf,
      List<TopicStatus> topics) {}

  /** A page of coverage gaps, the largest funding gaps, and the read model's freshness. */
  record Gaps(
      List<CoverageGap> items,
      int page,
      int size,
      long total,
      String level,
      FundingGaps fundingGaps,
      Instant asOf,
      List<TopicStatus> topics) {

    static Gaps of(
        List<CoverageGap> all,
        FundingGaps funding,
        int page,
        int size,
        String level,
        ReadModelStatus s) {
      return new Gaps(
          Paging.slice(all, page, size),
          page,
          size,
          all.size(),
          level,
          funding,
          s.asOf(),
          s.topics());
    }
  }

  /** Pages of a list computed whole. */
  static final class Paging {
    private Paging() {}

    static <T> List<T> slice(List<T> all, int page, int size) {
      long from = Math.min((long) page * size, all.size());
      return List.copyOf(all.subList((int) from, (int) Math.min(from + size, all.size())));
    }
  }
}
