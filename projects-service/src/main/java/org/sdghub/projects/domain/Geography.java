package org.sdghub.projects.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The six countries, their first-level areas and their boundaries: which codes exist and whether a
 * point lies in a country.
 */
@ApplicationScoped
public class Geography {

  /** The six countries, by code. */
  public List<Country> countries() {
    throw new UnsupportedOperationException("geography not loaded yet");
  }

  /** The country with this ISO 3166-1 alpha-2 code, if it is one of the six. */
  public Optional<Country> country(String code) {
    throw new UnsupportedOperationException("geography not loaded yet");
  }

  /** The first-level areas of one country, or of all six when {@code country} is null. */
  public List<AdminArea> adminAreas(String country) {
    throw new UnsupportedOperationException("geography not loaded yet");
  }

  /** The first-level area with this ISO 3166-2 code, if it is one of the six countries'. */
  public Optional<AdminArea> adminArea(String code) {
    throw new UnsupportedOperationException("geography not loaded yet");
  }

  /**
   * Whether the point lies within the country's boundary (the real polygon, not a bounding box).
   * False for a country that is not one of the six.
   */
  public boolean contains(String country, GeoPoint point) {
    throw new UnsupportedOperationException("geography not loaded yet");
  }
}
