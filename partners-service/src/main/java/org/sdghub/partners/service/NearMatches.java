package org.sdghub.partners.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sdghub.partners.config.DuplicatesConfig;
import org.sdghub.partners.domain.DuplicateKeys;
import org.sdghub.partners.domain.LikelyDuplicate;
import org.sdghub.partners.domain.MatchReason;
import org.sdghub.partners.domain.NameKey;
import org.sdghub.partners.domain.Organisation;
import org.sdghub.partners.repository.OrganisationRepository;
import org.sdghub.partners.repository.SimilarName;
import org.sdghub.partners.repository.SimilarNameRepository;

/**
 * Finds the possible duplicates of an organisation: registered ones with the same headquarters
 * country whose names are close to its own (pg_trgm similarity of the folded names at least the
 * configured threshold) without being the same, which a coordinator reviews rather than the
 * registry refuses. Across countries, close names are mostly the same pattern ("Red Crescent
 * Society of …") naming different organisations. Runs inside the caller's transaction.
 */
@ApplicationScoped
class NearMatches {

  private final SimilarNameRepository similarNames;
  private final OrganisationRepository organisations;
  private final DuplicatesConfig config;

  NearMatches(
      SimilarNameRepository similarNames,
      OrganisationRepository organisations,
      DuplicatesConfig config) {
    this.similarNames = similarNames;
    this.organisations = organisations;
    this.config = config;
  }

  /**
   * The organisations other than {@code self} with a name close to one of {@code keys}, each with
   * its {@value MatchReason#SIMILAR_NAME} reasons; best first.
   */
  List<LikelyDuplicate> of(UUID self, DuplicateKeys keys) {
    Map<UUID, List<MatchReason>> reasons = new LinkedHashMap<>();
    for (SimilarName similar :
        similarNames.find(self, keys.names(), keys.country(), config.similarityThreshold())) {
      reasons.computeIfAbsent(similar.organisation(), id -> new ArrayList<>()).add(reason(similar));
    }
    if (reasons.isEmpty()) {
      return List.of();
    }
    List<LikelyDuplicate> possible = new ArrayList<>();
    for (Organisation other : organisations.list("id in ?1", List.copyOf(reasons.keySet()))) {
      if (keys.namesComparableWith(other.keys())) {
        List<MatchReason> why = reasons.get(other.id);
        why.sort(MatchReason.ORDER);
        possible.add(new LikelyDuplicate(other.id, other.identifier, other.name.en(), why));
      }
    }
    possible.sort(Comparator.comparing((LikelyDuplicate d) -> -best(d)).thenComparing(d -> d.id()));
    return List.copyOf(possible);
  }

  /**
   * The ones of {@code near} to offer in an answer: not {@code excluded} (exact look-alikes, or
   * declared different), at most the configured number.
   */
  List<LikelyDuplicate> offered(List<LikelyDuplicate> near, Collection<UUID> excluded) {
    return near.stream()
        .filter(d -> !excluded.contains(d.id()))
        .limit(config.maxPossibleDuplicates())
        .toList();
  }

  /** Stores {@code near} as the near matches of {@code self}, for the list of duplicates. */
  void store(UUID self, List<LikelyDuplicate> near) {
    List<SimilarName> rows = new ArrayList<>();
    for (LikelyDuplicate other : near) {
      for (MatchReason r : other.reasons()) {
        rows.add(new SimilarName(other.id(), r.field(), r.existingField(), r.score()));
      }
    }
    similarNames.replaceNearMatches(self, rows);
  }

  /**
   * How close two organisations' names are: the best similarity of a name of one to a name of the
   * other with a different key, or 0 if near matches between them do not count (another country, or
   * government bodies of different countries).
   */
  double closeness(DuplicateKeys candidate, DuplicateKeys existing) {
    if (!candidate.country().equals(existing.country())) {
      return 0;
    }
    double best = 0;
    for (NameKey name : candidate.names()) {
      for (NameKey other : existing.names()) {
        if (!name.normalised().equals(other.normalised())) {
          best = Math.max(best, similarNames.similarity(name.folded(), other.folded()));
        }
      }
    }
    return best;
  }

  /** Whether {@link #closeness} makes a possible duplicate. */
  boolean close(DuplicateKeys candidate, DuplicateKeys existing) {
    return closeness(candidate, existing) >= config.similarityThreshold();
  }

  private static MatchReason reason(SimilarName similar) {
    double score = Math.round(similar.score() * 1000) / 1000.0;
    return new MatchReason(
        MatchReason.SIMILAR_NAME, similar.field(), similar.existingField(), score);
  }

  private static double best(LikelyDuplicate duplicate) {
    return duplicate.reasons().get(0).score();
  }
}
