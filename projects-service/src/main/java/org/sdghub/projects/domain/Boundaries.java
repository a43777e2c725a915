package org.sdghub.projects.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * The six countries' boundary polygons, read once from {@code reference/country-boundaries.geojson}
 * (Natural Earth 1:10m, see the resources' README) and prepared for fast point-in-polygon tests.
 * Prepared geometries build their indexes lazily under a lock, so one instance serves all threads.
 */
final class Boundaries {

  static final String RESOURCE = "reference/country-boundaries.geojson";

  // Coordinates are longitude, latitude in WGS 84 (EPSG:4326), as GeoJSON has them.
  private static final GeometryFactory GEOMETRIES = new GeometryFactory(new PrecisionModel(), 4326);

  private final Map<String, PreparedGeometry> byCountry;

  private Boundaries(Map<String, PreparedGeometry> byCountry) {
    this.byCountry = Map.copyOf(byCountry);
  }

  /** The boundaries bundled with the service, read on first use and shared. */
  static Boundaries bundled() {
    return Bundled.BOUNDARIES;
  }

  private static final class Bundled {
    static final Boundaries BOUNDARIES = read();
  }

  /** Whether the point lies inside the country's polygon; false for a country without one. */
  boolean contains(String country, GeoPoint point) {
    PreparedGeometry boundary = country == null ? null : byCountry.get(country);
    return boundary != null && boundary.contains(pointOf(point));
  }

  /** The country's boundary as a JTS geometry, for tests and maps. */
  Optional<Geometry> boundary(String country) {
    return Optional.ofNullable(byCountry.get(country)).map(PreparedGeometry::getGeometry);
  }

  /** The codes of the countries that have a boundary. */
  List<String> countries() {
    return List.copyOf(new TreeMap<>(byCountry).keySet());
  }

  private static Geometry pointOf(GeoPoint point) {
    return GEOMETRIES.createPoint(new Coordinate(point.lon(), point.lat()));
  }

  private static Boundaries read() {
    JsonNode collection;
    try (InputStream in = Boundaries.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Reference data missing from the classpath: " + RESOURCE);
      }
      collection = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    Map<String, PreparedGeometry> byCountry = new TreeMap<>();
    for (JsonNode feature : collection.path("features")) {
      String code = feature.path("properties").path("code").asText();
      Geometry geometry = multiPolygon(feature.path("geometry"));
      // The source's quantised coordinates leave Kazakhstan's ring touching itself near the Volga
      // delta, which JTS's predicates refuse; fixing it keeps the area (the tests check it does).
      Geometry valid = geometry.isValid() ? geometry : GeometryFixer.fix(geometry);
      byCountry.put(code, PreparedGeometryFactory.prepare(valid));
    }
    return new Boundaries(byCountry);
  }

  private static Geometry multiPolygon(JsonNode geometry) {
    if (!"MultiPolygon".equals(geometry.path("type").asText())) {
      throw new IllegalStateException("Expected MultiPolygon boundaries in " + RESOURCE);
    }
    List<Polygon> polygons = new ArrayList<>();
    for (JsonNode polygon : geometry.path("coordinates")) {
      LinearRing shell = ring(polygon.get(0));
      LinearRing[] holes = new LinearRing[polygon.size() - 1];
      for (int i = 1; i < polygon.size(); i++) {
        holes[i - 1] = ring(polygon.get(i));
      }
      polygons.add(GEOMETRIES.createPolygon(shell, holes));
    }
    return GEOMETRIES.createMultiPolygon(polygons.toArray(Polygon[]::new));
  }

  private static LinearRing ring(JsonNode positions) {
    Coordinate[] coordinates = new Coordinate[positions.size()];
    for (int i = 0; i < positions.size(); i++) {
      JsonNode position = positions.get(i);
      coordinates[i] = new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
    }
    return GEOMETRIES.createLinearRing(coordinates);
  }
}
