package org.sdghub.partners.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sdghub.partners.domain.DuplicateKeys;
import org.sdghub.partners.domain.DuplicateOrganisation;
import org.sdghub.partners.domain.LikelyDuplicate;
import org.sdghub.partners.domain.MatchReason;
import org.sdghub.partners.domain.Organisation;
import org.sdghub.partners.domain.Timestamps;
import org.sdghub.partners.repository.OrganisationRepository;
import org.sdghub.platform.Forbidden;
import org.sdghub.platform.InvalidInput;

/**
 * Keeps one organisation from entering the registry twice: a new or changed identity that looks
 * like another organisation is refused (409) unless a coordinator names that organisation in {@code
 * allowDuplicateOf}, which records the pair as distinct. Near matches pass, and are offered as
 * possible duplicates for a coordinator to review. Runs inside the caller's transaction.
 */
@ApplicationScoped
class DuplicateCheck {

  private final OrganisationRepository organisations;
  private final NearMatches nearMatches;

  DuplicateCheck(OrganisationRepository organisations, NearMatches nearMatches) {
    this.organisations = organisations;
    this.nearMatches = nearMatches;
  }

  /**
   * The outcome of a check that passed: the organisations a coordinator declared different and the
   * near matches, to {@link #record}, and the possible duplicates to offer for review.
   */
  record Verdict(List<UUID> distinct, List<LikelyDuplicate> near, List<LikelyDuplicate> offered) {}

  /**
   * Passes if {@code after} introduces no resemblance to another organisation beyond those {@code
   * allowed}; {@code before} is null for a new organisation. A resemblance the organisation already
   * had does not block an unrelated change. {@code allowed} may also name possible duplicates.
   */
  Verdict check(
      UUID self, DuplicateKeys before, DuplicateKeys after, Set<UUID> allowed, Actor actor) {
    if (!allowed.isEmpty() && !actor.coordinator()) {
      throw new Forbidden(
          "Only a coordinator may confirm that look-alike organisations are different.");
    }
    organisations.lockIdentities();
    List<LikelyDuplicate> blocking = new ArrayList<>();
    List<UUID> lookalikes = new ArrayList<>();
    for (Organisation other : organisations.findLookalikes(self, after)) {
      List<MatchReason> reasons = MatchReason.between(after, other.keys());
      if (reasons.isEmpty()) {
        // Shares a key that does not count here: a namesake government body of another country.
        continue;
      }
      lookalikes.add(other.id);
      boolean introduced =
          before == null || !MatchReason.between(before, other.keys()).containsAll(reasons);
      if (introduced && !(allowed.contains(other.id) && overridable(reasons))) {
        blocking.add(new LikelyDuplicate(other.id, other.identifier, other.name.en(), reasons));
      }
    }
    List<LikelyDuplicate> near = nearMatches.of(self, after);
    for (UUID id : allowed) {
      if (!lookalikes.contains(id) && near.stream().noneMatch(p -> p.id().equals(id))) {
        throw new InvalidInput(
            DuplicateOrganisation.OVERRIDE_PARAMETER,
            id + " is not an organisation this one looks like");
      }
    }
    if (!blocking.isEmpty()) {
      blocking.sort(Comparator.comparing((LikelyDuplicate d) -> -d.reasons().size()));
      throw new DuplicateOrganisation(blocking);
    }
    Set<UUID> excluded = new HashSet<>(lookalikes);
    excluded.addAll(allowed);
    return new Verdict(List.copyOf(allowed), near, nearMatches.offered(near, excluded));
  }

  /**
   * Records, once {@code self} is written, the coordinator's statement that it differs from each of
   * {@code verdict.distinct()}, and its near matches.
   */
  void record(UUID self, Verdict verdict, Actor actor) {
    if (!verdict.distinct().isEmpty()) {
      organisations.declareDistinct(
          self, verdict.distinct(), actor.organisationId(), Timestamps.now());
    }
    nearMatches.store(self, verdict.near());
  }

  // An identifier names exactly one organisation: no statement makes two share it.
  private static boolean overridable(List<MatchReason> reasons) {
    return reasons.stream().noneMatch(r -> r.rule().equals(MatchReason.SAME_IDENTIFIER));
  }
}
