package org.sdghub.projects.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A first-level administrative area (oblast, viloyat, province…) of one of the six countries.
 *
 * @param code ISO 3166-2 as currently published, such as {@code KZ-43} (Kazakhstan's codes are
 *     numeric since 2022)
 * @param country ISO 3166-1 alpha-2 of the country it belongs to
 * @param name by language code (en and ru at least)
 * @param centroid an approximate centre, for maps
 */
public record AdminArea(String code, String country, Map<String, String> name, GeoPoint centroid) {

  public AdminArea {
    // Read-only, and in the order given (en first) so that responses list languages alike.
    name = Collections.unmodifiableMap(new LinkedHashMap<>(name));
  }
}
