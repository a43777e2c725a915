package org.sdghub.projects.domain;

import java.util.Map;

/**
 * A first-level administrative area (oblast, viloyat, province…) of one of the six countries.
 *
 * @param code ISO 3166-2, such as {@code KZ-KZY}
 * @param country ISO 3166-1 alpha-2 of the country it belongs to
 * @param name by language code (en and ru at least)
 * @param centroid an approximate centre, for maps
 */
public record AdminArea(String code, String country, Map<String, String> name, GeoPoint centroid) {}
