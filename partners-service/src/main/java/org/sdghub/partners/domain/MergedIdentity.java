package org.sdghub.partners.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a survivor becomes when a duplicate is merged into it: its own profile with the duplicate's
 * names (every language), acronym and aliases added as aliases, each once by its key, and the
 * duplicate's IATI identifiers kept as former ones.
 */
final class MergedIdentity {

  private MergedIdentity() {}

  /** The survivor's profile with the duplicate's names that it did not already know as aliases. */
  static Profile profile(Organisation survivor, Organisation duplicate) {
    Profile current = survivor.profile();
    Set<String> known = new HashSet<>();
    current.keys().names().forEach(k -> known.add(k.normalised()));
    if (current.acronym() != null) {
      known.add(NameKeys.of(current.acronym()));
    }
    List<String> aliases = new ArrayList<>(current.aliases());
    for (String candidate : namesOf(duplicate)) {
      String key = NameKeys.of(candidate);
      if (!key.isEmpty() && known.add(key)) {
        aliases.add(candidate);
      }
    }
    return new Profile(
        current.identifier(),
        current.name(),
        current.acronym(),
        current.type(),
        current.kind(),
        current.headquartersCountry(),
        current.countries(),
        current.website(),
        aliases);
  }

  /**
   * The duplicate's identifier and those it had itself inherited, that the survivor does not hold
   * as its own.
   */
  static List<String> formerIdentifiers(Organisation survivor, Organisation duplicate) {
    List<String> former = new ArrayList<>();
    if (duplicate.identifier != null) {
      former.add(duplicate.identifier);
    }
    former.addAll(duplicate.formerIdentifiers);
    former.removeIf(i -> i.equals(survivor.identifier));
    return former;
  }

  private static List<String> namesOf(Organisation duplicate) {
    List<String> names = new ArrayList<>(duplicate.name.byLanguage().values());
    if (duplicate.acronym != null) {
      names.add(duplicate.acronym);
    }
    names.addAll(duplicate.aliases);
    return names;
  }
}
