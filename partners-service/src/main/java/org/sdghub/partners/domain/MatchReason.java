package org.sdghub.partners.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Why two organisations look like one: a {@code rule} ({@value #SAME_IDENTIFIER}, {@value
 * #SAME_NAME}, {@value #SAME_ACRONYM_AND_COUNTRY} or {@value #SIMILAR_NAME}) and the field of each
 * that met; for a near match, its trigram similarity {@code score} (0 to 1), else null.
 */
public record MatchReason(
    String rule,
    String field,
    String existingField,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double score) {

  /** Both have the same IATI identifier. */
  public static final String SAME_IDENTIFIER = "same-identifier";

  /** A name or alias of one normalises to a name or alias of the other. */
  public static final String SAME_NAME = "same-name";

  /** Both have the same acronym and the same headquarters country. */
  public static final String SAME_ACRONYM_AND_COUNTRY = "same-acronym-and-country";

  /**
   * A name or alias of one is close to one of the other without being the same: a possible
   * duplicate, offered for review rather than refused.
   */
  public static final String SIMILAR_NAME = "similar-name";

  /** A reason of an exact rule, which has no score. */
  public MatchReason(String rule, String field, String existingField) {
    this(rule, field, existingField, null);
  }

  /** Every exact reason for which {@code candidate} looks like {@code existing}; empty if none. */
  public static List<MatchReason> between(DuplicateKeys candidate, DuplicateKeys existing) {
    List<MatchReason> reasons = new ArrayList<>();
    if (candidate.identifier() != null && candidate.identifier().equals(existing.identifier())) {
      reasons.add(new MatchReason(SAME_IDENTIFIER, "identifier", "identifier"));
    }
    if (candidate.namesComparableWith(existing)) {
      for (NameKey name : candidate.names()) {
        for (NameKey other : existing.names()) {
          if (name.normalised().equals(other.normalised())) {
            reasons.add(new MatchReason(SAME_NAME, name.source(), other.source()));
          }
        }
      }
    }
    if (candidate.acronym() != null
        && candidate.acronym().equals(existing.acronym())
        && Objects.equals(candidate.country(), existing.country())) {
      reasons.add(new MatchReason(SAME_ACRONYM_AND_COUNTRY, "acronym", "acronym"));
    }
    reasons.sort(ORDER);
    return reasons;
  }

  /** By rule, then fields; near matches by descending score. */
  public static final Comparator<MatchReason> ORDER =
      Comparator.comparing(MatchReason::rule)
          .thenComparing(r -> r.score() == null ? 0 : -r.score())
          .thenComparing(MatchReason::field)
          .thenComparing(MatchReason::existingField);
}
