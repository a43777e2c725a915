package org.sdghub.partners.domain;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What describes an organisation, as a client sets it: everything but its id, status, version and
 * timestamps. Values are already checked against the code lists ({@link ReferenceCodes}).
 */
public record Profile(
    String identifier,
    OrganisationName name,
    String acronym,
    String type,
    OrganisationKind kind,
    String headquartersCountry,
    SortedSet<String> countries,
    String website,
    List<String> aliases) {

  private static final Set<String> GOVERNMENT_TYPES = Set.of("10", "11", "15");

  public Profile {
    countries = Collections.unmodifiableSortedSet(new TreeSet<>(countries));
    aliases = List.copyOf(aliases);
  }

  /**
   * Whether this is a body of a government (a ministry, agency or committee, at home or a donor's):
   * kind {@code national-government} or {@code donor-government}, or IATI type 10 (government), 11
   * (local government) or 15 (other public sector).
   */
  public boolean governmentBody() {
    return kind == OrganisationKind.NATIONAL_GOVERNMENT
        || kind == OrganisationKind.DONOR_GOVERNMENT
        || GOVERNMENT_TYPES.contains(type);
  }

  /** The keys under which this profile would meet a duplicate. */
  public DuplicateKeys keys() {
    return DuplicateKeys.of(this);
  }
}
