package org.sdghub.partners.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The normalised values under which two organisations count as likely duplicates: the same IATI
 * identifier, a name or alias with the same key ({@link NameKeys}) in any language, or the same
 * acronym with the same headquarters country.
 *
 * @param acronym the acronym's key, or null when there is none
 */
public record DuplicateKeys(String identifier, Set<NameKey> names, String acronym, String country) {

  public DuplicateKeys {
    names = Set.copyOf(names);
  }

  /** The keys of a profile; names and aliases that normalise to nothing are left out. */
  public static DuplicateKeys of(Profile profile) {
    Set<NameKey> names = new LinkedHashSet<>();
    for (Map.Entry<String, String> name : profile.name().byLanguage().entrySet()) {
      add(names, "name." + name.getKey(), name.getValue());
    }
    for (int i = 0; i < profile.aliases().size(); i++) {
      add(names, "aliases[" + i + "]", profile.aliases().get(i));
    }
    String acronym = NameKeys.of(profile.acronym());
    return new DuplicateKeys(
        identifierKey(profile.identifier()),
        names,
        acronym.isEmpty() ? null : acronym,
        profile.headquartersCountry());
  }

  /**
   * The uniqueness key of an IATI identifier, which does not depend on letter case; null for an
   * organisation without one.
   */
  public static String identifierKey(String identifier) {
    return identifier == null ? null : identifier.trim().toUpperCase(Locale.ROOT);
  }

  /** The distinct name keys, without where they come from. */
  public Set<String> nameValues() {
    return names.stream().map(NameKey::normalised).collect(Collectors.toSet());
  }

  private static void add(Set<NameKey> names, String source, String name) {
    String key = NameKeys.of(name);
    if (!key.isEmpty()) {
      names.add(new NameKey(source, key));
    }
  }
}
