package org.sdghub.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** The six countries' boundaries the gateway ships, as JTS geometries by ISO 3166-1 code. */
public final class Boundaries {

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private Boundaries() {}

  public static Map<String, Geometry> countries() throws IOException {
    Map<String, Geometry> countries = new HashMap<>();
    try (InputStream in =
        Boundaries.class
            .getClassLoader()
            .getResourceAsStream("META-INF/resources/3w/data/country-boundaries.geojson")) {
      for (JsonNode feature : new ObjectMapper().readTree(in).path("features")) {
        List<Polygon> polygons = new ArrayList<>();
        for (JsonNode polygon : feature.path("geometry").path("coordinates")) {
          polygons.add(polygon(polygon));
        }
        countries.put(
            feature.path("properties").path("code").asText(),
            GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new)));
      }
    }
    return countries;
  }

  /** A point (longitude, latitude). */
  public static Geometry point(double lon, double lat) {
    return GEOMETRY.createPoint(new Coordinate(lon, lat));
  }

  private static Polygon polygon(JsonNode rings) {
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return GEOMETRY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode positions) {
    Coordinate[] coordinates = new Coordinate[positions.size()];
    for (int i = 0; i < positions.size(); i++) {
      coordinates[i] =
          new Coordinate(positions.get(i).get(0).asDouble(), positions.get(i).get(1).asDouble());
    }
    return GEOMETRY.createLinearRing(coordinates);
  }
}
