package org.sdghub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.sdghub.gateway.domain.AreaReference;
import org.sdghub.gateway.domain.CoverageGap;
import org.sdghub.gateway.domain.FundingGaps;
import org.sdghub.gateway.domain.Overlap;
import org.sdghub.gateway.domain.OverlapReview;
import org.sdghub.gateway.domain.OverlapView;
import org.sdghub.gateway.domain.ProjectProfile;
import org.sdghub.gateway.domain.WhoWhatWhereQuery;
import org.sdghub.gateway.repository.CoordinationQueries;
import org.sdghub.gateway.repository.FundingGapQueries;
import org.sdghub.platform.NotFound;

/**
 * Overlaps, coverage gaps and funding gaps over the read model's active projects (pipeline,
 * implementation, finalisation). Pairs are found through the (target, area) combinations they
 * share, not by comparing every project with every other.
 */
@ApplicationScoped
public class CoordinationService {

  /** How many places and projects {@link #fundingGaps} lists. */
  public static final int FUNDING_GAPS_LISTED = 10;

  private final CoordinationQueries queries;
  private final FundingGapQueries fundingGapQueries;
  private final AreaReference areas = AreaReference.load();

  CoordinationService(CoordinationQueries queries, FundingGapQueries fundingGapQueries) {
    this.queries = queries;
    this.fundingGapQueries = fundingGapQueries;
  }

  /**
   * The places (areas, or countries) and the projects with the largest positive funding gaps among
   * the active projects matching the query, {@link #FUNDING_GAPS_LISTED} of each, largest first.
   */
  public FundingGaps fundingGaps(WhoWhatWhereQuery query, boolean byCountry) {
    List<FundingGaps.Place> places =
        fundingGapQueries.places(query, byCountry, FUNDING_GAPS_LISTED).stream()
            .map(p -> p.named(areas.of(p.place()).map(AreaReference.Named::nameEn).orElse(null)))
            .toList();
    return new FundingGaps(places, fundingGapQueries.projects(query, FUNDING_GAPS_LISTED));
  }

  /** Every overlapping pair with a project matching the query, highest score first. */
  public List<OverlapView> overlaps(WhoWhatWhereQuery query) {
    Set<UUID> matching = queries.matchingActive(query);
    Map<String, OverlapReview> reviews = queries.reviews();
    List<OverlapView> views = new ArrayList<>();
    for (Overlap overlap : allOverlaps()) {
      if (matching.contains(overlap.a().id()) || matching.contains(overlap.b().id())) {
        OverlapReview review = reviews.get(overlap.a().id() + "|" + overlap.b().id());
        boolean holds = review != null && review.fingerprint().equals(overlap.fingerprint());
        views.add(new OverlapView(overlap, holds ? review : null));
      }
    }
    views.sort(
        Comparator.comparing((OverlapView v) -> v.overlap().score())
            .reversed()
            .thenComparing(v -> v.overlap().a().id())
            .thenComparing(v -> v.overlap().b().id()));
    return views;
  }

  /** The groups of projects linked by overlaps (each of two or more projects). */
  public static List<List<UUID>> clusters(List<OverlapView> overlaps) {
    Map<UUID, UUID> parent = new HashMap<>();
    for (OverlapView view : overlaps) {
      union(parent, view.overlap().a().id(), view.overlap().b().id());
    }
    Map<UUID, TreeSet<UUID>> groups = new LinkedHashMap<>();
    for (UUID id : parent.keySet()) {
      groups.computeIfAbsent(root(parent, id), r -> new TreeSet<>()).add(id);
    }
    return groups.values().stream()
        .map(List::copyOf)
        .sorted(Comparator.comparing((List<UUID> c) -> -c.size()).thenComparing(c -> c.get(0)))
        .toList();
  }

  /**
   * Marks the pair as reviewed; the review holds until the pair's reasons change.
   *
   * @throws NotFound when the two projects do not overlap now
   */
  public OverlapView review(UUID one, UUID two, String verdict, String note, String by) {
    Overlap overlap =
        allOverlaps().stream()
            .filter(o -> Set.of(o.a().id(), o.b().id()).equals(Set.of(one, two)))
            .findFirst()
            .orElseThrow(
                () -> new NotFound("These projects do not overlap now: " + one + ", " + two));
    OverlapReview review =
        new OverlapReview(
            verdict,
            note,
            by,
            Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
            overlap.fingerprint());
    queries.saveReview(overlap.a().id(), overlap.b().id(), review);
    return new OverlapView(overlap, review);
  }

  /**
   * SDG targets without an active project in a place: the targets asked for (else every target an
   * active project covers somewhere) × the areas (or countries) asked for (else all of the six).
   */
  public List<CoverageGap> gaps(WhoWhatWhereQuery query, boolean byCountry) {
    Set<String> covered = queries.covered(byCountry);
    TreeSet<String> targets = new TreeSet<>(query.sdgTargets());
    if (targets.isEmpty()) {
      covered.forEach(c -> targets.add(c.substring(0, c.indexOf('|'))));
      targets.removeIf(
          t ->
              !query.sdgGoals().isEmpty()
                  && !query.sdgGoals().contains(Integer.parseInt(t.substring(0, t.indexOf('.')))));
    }
    List<AreaReference.Named> places =
        byCountry
            ? areas.countries(query.countries())
            : areas.areas(query.countries(), query.adminAreas());
    List<CoverageGap> gaps = new ArrayList<>();
    for (String target : targets) {
      for (AreaReference.Named place : places) {
        if (!covered.contains(target + "|" + place.code())) {
          gaps.add(new CoverageGap(target, place.code(), place.nameEn()));
        }
      }
    }
    return gaps;
  }

  private List<Overlap> allOverlaps() {
    Map<String, List<ProjectProfile>> byTargetAndArea = new HashMap<>();
    for (ProjectProfile profile : queries.activeProfiles()) {
      for (String target : profile.targets()) {
        for (String area : profile.areas()) {
          byTargetAndArea.computeIfAbsent(target + "|" + area, k -> new ArrayList<>()).add(profile);
        }
      }
    }
    Map<String, Overlap> pairs = new HashMap<>();
    LocalDate today = LocalDate.now();
    for (List<ProjectProfile> bucket : byTargetAndArea.values()) {
      for (int i = 0; i < bucket.size(); i++) {
        for (int j = i + 1; j < bucket.size(); j++) {
          Optional<Overlap> overlap = Overlap.of(bucket.get(i), bucket.get(j), today);
          overlap.ifPresent(o -> pairs.putIfAbsent(o.a().id() + "|" + o.b().id(), o));
        }
      }
    }
    return List.copyOf(pairs.values());
  }

  private static void union(Map<UUID, UUID> parent, UUID a, UUID b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    parent.put(root(parent, a), root(parent, b));
  }

  private static UUID root(Map<UUID, UUID> parent, UUID id) {
    UUID at = id;
    while (!parent.get(at).equals(at)) {
      at = parent.get(at);
    }
    return at;
  }
}
