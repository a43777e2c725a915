package org.sdghub.partners;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid organisation profiles, unique per call (identifier, names, acronym) so that tests never
 * meet each other's organisations in the duplicate check; change the returned map to vary one.
 */
public final class Profiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Profiles() {}

  /** A fresh profile of a UN entity with English and Russian names and an alias. */
  public static Map<String, Object> unique() {
    String token = token();
    Map<String, Object> name = new LinkedHashMap<>();
    name.put("en", "Water Programme " + token);
    name.put("ru", "Водная программа " + token);
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("identifier", "XM-DAC-" + token.toUpperCase());
    profile.put("name", name);
    profile.put("acronym", "WP" + token.toUpperCase());
    profile.put("type", "40");
    profile.put("kind", "un-entity");
    profile.put("headquartersCountry", "US");
    profile.put("countries", new ArrayList<>(List.of("KZ", "KG", "UZ")));
    profile.put("website", "https://example.org/" + token);
    profile.put("aliases", new ArrayList<>(List.of("UN Water " + token)));
    return profile;
  }

  /** The name map of a profile, to change one language. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> name(Map<String, Object> profile) {
    return (Map<String, Object>) profile.get("name");
  }

  /** Ten random lower-case Latin letters. */
  public static String token() {
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      token.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return token.toString();
  }
}
