package org.sdghub.projects.domain;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The six countries, their first-level areas and their boundaries: which codes exist and whether a
 * point lies in a country. Read once, at start, from the module's resources (see {@code
 * reference/README.md}).
 */
@ApplicationScoped
@Startup
public class Geography {

  private final GeoData data;
  private final Boundaries boundaries;

  public Geography() {
    this.data = GeoData.bundled();
    this.boundaries = Boundaries.bundled();
  }

  /** The six countries, by code. */
  public List<Country> countries() {
    return data.countries();
  }

  /** The country with this ISO 3166-1 alpha-2 code, if it is one of the six. */
  public Optional<Country> country(String code) {
    return Optional.ofNullable(code).map(data.countriesByCode()::get);
  }

  /** The first-level areas of one country, or of all six when {@code country} is null. */
  public List<AdminArea> adminAreas(String country) {
    return country == null ? data.areas() : data.areasByCountry().getOrDefault(country, List.of());
  }

  /**
   * The first-level area with this ISO 3166-2 code, if it is one of the six countries'. A code that
   * ISO 3166-2 has since replaced (Kazakhstan's alphabetic codes before 2022, such as {@code
   * KZ-KZY}) finds the current area ({@code KZ-43}), whose {@link AdminArea#code()} is the one to
   * store. Where a 2022 reform split a region, its former code finds the part that kept the name.
   */
  public Optional<AdminArea> adminArea(String code) {
    return Optional.ofNullable(code).map(data.areasByCode()::get);
  }

  /** The codes ISO 3166-2 listed this area under before its current one; usually none. */
  public List<String> formerCodes(String areaCode) {
    return areaCode == null ? List.of() : data.formerCodes().getOrDefault(areaCode, List.of());
  }

  /**
   * Whether the point lies within the country's boundary (the real polygon, not a bounding box).
   * False for a country that is not one of the six.
   */
  public boolean contains(String country, GeoPoint point) {
    return point != null && boundaries.contains(country, point);
  }

  /** The one of the six countries the point lies in, if any. */
  public Optional<Country> countryAt(GeoPoint point) {
    return data.countries().stream().filter(c -> contains(c.code(), point)).findFirst();
  }
}
