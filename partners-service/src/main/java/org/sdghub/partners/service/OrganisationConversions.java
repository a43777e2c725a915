package org.sdghub.partners.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.sdghub.partners.api.DuplicateCandidate;
import org.sdghub.partners.api.DuplicatePair;
import org.sdghub.partners.api.LocalisedName;
import org.sdghub.partners.api.OrganisationProfile;
import org.sdghub.partners.api.OrganisationSummary;
import org.sdghub.partners.api.OrganisationView;
import org.sdghub.partners.api.PossibleDuplicate;
import org.sdghub.partners.domain.LikelyDuplicate;
import org.sdghub.partners.domain.MatchReason;
import org.sdghub.partners.domain.Organisation;
import org.sdghub.partners.domain.OrganisationKind;
import org.sdghub.partners.domain.OrganisationName;
import org.sdghub.partners.domain.Profile;
import org.sdghub.partners.events.OrganisationState;

/**
 * The one place where an organisation changes shape: request record to domain profile, entity to
 * response record, entity to event payload. Text is trimmed, and blank optional text is absent.
 */
final class OrganisationConversions {

  private OrganisationConversions() {}

  /** The domain profile of a request that {@link ProfileRules} accepted. */
  static Profile toProfile(OrganisationProfile request) {
    LocalisedName n = request.name();
    return new Profile(
        text(request.identifier()),
        new OrganisationName(
            text(n.en()),
            text(n.ru()),
            text(n.kk()),
            text(n.ky()),
            text(n.tg()),
            text(n.tk()),
            text(n.uz()),
            text(n.fa()),
            text(n.ps())),
        text(request.acronym()),
        request.type(),
        OrganisationKind.fromCode(request.kind()).orElseThrow(),
        request.headquartersCountry(),
        new TreeSet<>(Optional.ofNullable(request.countries()).orElse(List.of())),
        text(request.website()),
        Optional.ofNullable(request.aliases()).orElse(List.of()).stream()
            .map(String::trim)
            .distinct()
            .toList());
  }

  static OrganisationView toView(Organisation o) {
    OrganisationName n = o.name;
    return new OrganisationView(
        o.id,
        o.identifier,
        new LocalisedName(n.en(), n.ru(), n.kk(), n.ky(), n.tg(), n.tk(), n.uz(), n.fa(), n.ps()),
        o.acronym,
        o.type,
        o.kind.code(),
        o.headquartersCountry,
        List.copyOf(new TreeSet<>(o.countries)),
        o.website,
        o.status.code(),
        List.copyOf(o.aliases),
        o.version,
        o.createdAt,
        o.updatedAt,
        o.proposedBy,
        o.mergedInto,
        List.copyOf(o.formerIdentifiers),
        List.of());
  }

  /** The possible duplicates found while writing, for the answer. */
  static List<PossibleDuplicate> toPossible(List<LikelyDuplicate> possible) {
    return possible.stream()
        .map(
            d ->
                new PossibleDuplicate(
                    d.id(),
                    d.identifier(),
                    d.name(),
                    d.reasons().stream()
                        .map(
                            r ->
                                new PossibleDuplicate.Reason(
                                    r.rule(), r.field(), r.existingField(), r.score()))
                        .toList()))
        .toList();
  }

  /** A look-alike of a proposal, for the review queue. */
  static DuplicateCandidate toCandidate(LikelyDuplicate d) {
    return new DuplicateCandidate(
        d.id(),
        d.identifier(),
        d.name(),
        d.reasons().stream()
            .map(
                r ->
                    new DuplicateCandidate.Reason(
                        r.rule(), r.field(), r.existingField(), r.score()))
            .toList());
  }

  /** The event data: the organisation's full state, never its contacts. */
  static OrganisationState toState(Organisation o) {
    return new OrganisationState(
        o.id,
        o.identifier,
        o.name.byLanguage(),
        o.acronym,
        o.type,
        o.kind.code(),
        o.headquartersCountry,
        List.copyOf(new TreeSet<>(o.countries)),
        o.website,
        o.status.code(),
        List.copyOf(o.aliases),
        o.version,
        o.createdAt,
        o.updatedAt,
        o.proposedBy,
        o.mergedInto,
        List.copyOf(o.formerIdentifiers));
  }

  static OrganisationSummary toSummary(Organisation o) {
    return new OrganisationSummary(
        o.id, o.identifier, o.name.en(), o.acronym, o.headquartersCountry);
  }

  static DuplicatePair toPair(Organisation first, Organisation second, List<MatchReason> reasons) {
    List<DuplicatePair.PairReason> why = new ArrayList<>();
    for (MatchReason r : reasons) {
      why.add(new DuplicatePair.PairReason(r.rule(), r.field(), r.existingField(), r.score()));
    }
    return new DuplicatePair(toSummary(first), toSummary(second), why);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
