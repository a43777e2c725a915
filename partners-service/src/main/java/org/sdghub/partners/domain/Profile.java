package org.sdghub.partners.domain;

import java.util.Collections;
import java.util.List;
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

  public Profile {
    countries = Collections.unmodifiableSortedSet(new TreeSet<>(countries));
    aliases = List.copyOf(aliases);
  }

  /** The keys under which this profile would meet a duplicate. */
  public DuplicateKeys keys() {
    return DuplicateKeys.of(this);
  }
}
