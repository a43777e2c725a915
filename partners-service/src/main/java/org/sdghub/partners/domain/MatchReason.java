package org.sdghub.partners.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Why two organisations look like one: a {@code rule} ({@value #SAME_IDENTIFIER}, {@value
 * #SAME_NAME} or {@value #SAME_ACRONYM_AND_COUNTRY}) and the field of each that met.
 */
public record MatchReason(String rule, String field, String existingField) {

  /** Both have the same IATI identifier. */
  public static final String SAME_IDENTIFIER = "same-identifier";

  /** A name or alias of one normalises to a name or alias of the other. */
  public static final String SAME_NAME = "same-name";

  /** Both have the same acronym and the same headquarters country. */
  public static final String SAME_ACRONYM_AND_COUNTRY = "same-acronym-and-country";

  /** Every reason for which {@code candidate} looks like {@code existing}; empty if none. */
  public static List<MatchReason> between(DuplicateKeys candidate, DuplicateKeys existing) {
    List<MatchReason> reasons = new ArrayList<>();
    if (candidate.identifier() != null && candidate.identifier().equals(existing.identifier())) {
      reasons.add(new MatchReason(SAME_IDENTIFIER, "identifier", "identifier"));
    }
    for (NameKey name : candidate.names()) {
      for (NameKey other : existing.names()) {
        if (name.normalised().equals(other.normalised())) {
          reasons.add(new MatchReason(SAME_NAME, name.source(), other.source()));
        }
      }
    }
    if (candidate.acronym() != null
        && candidate.acronym().equals(existing.acronym())
        && Objects.equals(candidate.country(), existing.country())) {
      reasons.add(new MatchReason(SAME_ACRONYM_AND_COUNTRY, "acronym", "acronym"));
    }
    reasons.sort(
        Comparator.comparing(MatchReason::rule)
            .thenComparing(MatchReason::field)
            .thenComparing(MatchReason::existingField));
    return reasons;
  }
}
