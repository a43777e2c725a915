package org.sdghub.projects.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One of the six countries the centre covers.
 *
 * @param code ISO 3166-1 alpha-2
 * @param name by language code (en and ru at least)
 * @param centroid an approximate centre, for maps
 */
public record Country(String code, Map<String, String> name, GeoPoint centroid) {

  public Country {
    // Read-only, and in the order given (en first) so that responses list languages alike.
    name = Collections.unmodifiableMap(new LinkedHashMap<>(name));
  }
}
