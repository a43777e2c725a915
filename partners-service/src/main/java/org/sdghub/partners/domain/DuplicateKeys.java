package org.sdghub.partners.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The normalised values under which two organisations count as likely duplicates: the same IATI
 * identifier, a name or alias with the same key ({@link NameKeys}) in any language, or the same
 * acronym with the same headquarters country. Two government bodies meet by name only within one
 * country: the ministries of health of Kazakhstan and of Kyrgyzstan are both "Министерство
 * здравоохранения".
 *
 * @param acronym the acronym's key, or null when there is none
 * @param governmentBody whether the organisation is a body of a government ({@link
 *     Profile#governmentBody()})
 */
public record DuplicateKeys(
    String identifier, Set<NameKey> names, String acronym, String country, boolean governmentBody) {

  public DuplicateKeys {
    names = Set.copyOf(names);
  }

  /** The keys of a profile; names and aliases that normalise to nothing are left out. */
  public static DuplicateKeys of(Profile profile) {
    Set<NameKey> names = new LinkedHashSet<>();
    for (Map.Entry<String, String> name : profile.name().byLanguage().entrySet()) {
      add(names, NameKey.of("name." + name.getKey(), name.getKey(), name.getValue()));
    }
    // An alias may be in any language: its letters tell which rules romanise it.
    for (int i = 0; i < profile.aliases().size(); i++) {
      add(names, NameKey.of("aliases[" + i + "]", null, profile.aliases().get(i)));
    }
    String acronym = NameKeys.of(profile.acronym());
    return new DuplicateKeys(
        identifierKey(profile.identifier()),
        names,
        acronym.isEmpty() ? null : acronym,
        profile.headquartersCountry(),
        profile.governmentBody());
  }

  /**
   * Whether names of this organisation and of {@code other} may meet at all: not when both are
   * government bodies of different countries.
   */
  public boolean namesComparableWith(DuplicateKeys other) {
    return !(governmentBody && other.governmentBody && !Objects.equals(country, other.country));
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

  private static void add(Set<NameKey> names, NameKey name) {
    if (!name.normalised().isEmpty()) {
      names.add(name);
    }
  }
}
