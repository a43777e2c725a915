package org.sdghub.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names and approximate centres of the six countries and their first-level areas, from the
 * reference files the gateway ships (copied from projects-service: see {@code 3w/data/README.md}).
 * Former area codes are aliases of the current area.
 */
public final class AreaReference {

  private static final String AREAS = "META-INF/resources/3w/data/admin-areas.json";
  private static final String COUNTRIES = "META-INF/resources/3w/data/countries.json";

  /** A place's English and Russian names and its centre (WGS 84). */
  public record Named(String code, String nameEn, String nameRu, double lat, double lon) {}

  private final Map<String, Named> byCode = new HashMap<>();
  private final List<Named> countries = new ArrayList<>();
  private final List<Named> areas = new ArrayList<>();

  private AreaReference() {}

  /** Reads the shipped files. */
  public static AreaReference load() {
    AreaReference reference = new AreaReference();
    ObjectMapper mapper = new ObjectMapper();
    for (JsonNode area : read(mapper, AREAS).path("areas")) {
      Named named = named(area);
      reference.byCode.put(named.code(), named);
      reference.areas.add(named);
      area.path("formerCodes").forEach(code -> reference.byCode.put(code.asText(), named));
    }
    for (JsonNode country : read(mapper, COUNTRIES).path("countries")) {
      Named named = named(country);
      reference.byCode.put(named.code(), named);
      reference.countries.add(named);
    }
    return reference;
  }

  /** An area (ISO 3166-2) or a country (ISO 3166-1 alpha-2) by its code. */
  public Optional<Named> of(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
  }

  /**
   * An area's current ISO 3166-2 code: a former code (Kazakhstan's {@code KZ-KZY}) gives the one
   * that replaced it ({@code KZ-43}); any other code is returned as it is.
   */
  public String currentCode(String code) {
    Named named = code == null ? null : byCode.get(code);
    return named == null ? code : named.code();
  }

  /** The countries asked for (all six when none is), by code. */
  public List<Named> countries(List<String> wanted) {
    return countries.stream()
        .filter(c -> wanted.isEmpty() || wanted.contains(c.code()))
        .sorted(java.util.Comparator.comparing(Named::code))
        .toList();
  }

  /** The current areas asked for, or those of the countries asked for, or all; by code. */
  public List<Named> areas(List<String> inCountries, List<String> wanted) {
    return areas.stream()
        .filter(a -> wanted.isEmpty() || wanted.contains(a.code()))
        .filter(a -> inCountries.isEmpty() || inCountries.contains(a.code().substring(0, 2)))
        .sorted(java.util.Comparator.comparing(Named::code))
        .toList();
  }

  private static Named named(JsonNode node) {
    return new Named(
        node.path("code").asText(),
        node.path("name").path("en").asText(null),
        node.path("name").path("ru").asText(null),
        node.path("centroid").path("lat").asDouble(),
        node.path("centroid").path("lon").asDouble());
  }

  private static JsonNode read(ObjectMapper mapper, String resource) {
    try (InputStream in = AreaReference.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing reference file " + resource);
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
