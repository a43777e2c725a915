package org.sdghub.projects.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;

class GeographyTest {

  private final Geography geography = new Geography();

  @Test
  void theSixCountriesAreListedByCodeWithEnglishAndRussianNames() {
    assertEquals(
        List.of("AF", "KG", "KZ", "TJ", "TM", "UZ"),
        geography.countries().stream().map(Country::code).toList());
    assertEquals(
        Map.of("en", "Kyrgyzstan", "ru", "Кыргызстан"),
        geography.country("KG").orElseThrow().name());
    assertEquals("Афганистан", geography.country("AF").orElseThrow().name().get("ru"));
    for (Country country : geography.countries()) {
      assertTrue(
          present(country.name().get("en")) && present(country.name().get("ru")), country::code);
    }
  }

  @Test
  void countriesOutsideTheRegionAreNotKnown() {
    assertEquals(Optional.empty(), geography.country("RU"));
    assertEquals(Optional.empty(), geography.country("kz"));
    assertEquals(Optional.empty(), geography.country(null));
    assertEquals(List.of(), geography.adminAreas("RU"));
  }

  @Test
  void eachCountryHasItsFirstLevelAreas() {
    Map<String, Long> counts =
        geography.adminAreas(null).stream()
            .collect(
                Collectors.groupingBy(AdminArea::country, TreeMap::new, Collectors.counting()));
    assertEquals(Map.of("KZ", 20L, "KG", 9L, "TJ", 5L, "TM", 6L, "UZ", 14L, "AF", 34L), counts);
    assertEquals(88, geography.adminAreas(null).size());
    assertEquals(14, geography.adminAreas("UZ").size());
    for (AdminArea area : geography.adminAreas(null)) {
      assertTrue(area.code().startsWith(area.country() + "-"), area::code);
      assertTrue(present(area.name().get("en")) && present(area.name().get("ru")), area::code);
      assertEquals(Optional.of(area), geography.adminArea(area.code()));
    }
  }

  @Test
  void kazakhstanHasTheTwentyNumericCodesOf2022() {
    assertEquals(
        List.of(
            "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35",
            "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71",
            "KZ-75", "KZ-79"),
        geography.adminAreas("KZ").stream().map(AdminArea::code).toList());
    assertEquals("Abai Region", geography.adminArea("KZ-10").orElseThrow().name().get("en"));
    assertEquals("Жетысуская область", geography.adminArea("KZ-33").orElseThrow().name().get("ru"));
    assertEquals("Ulytau Region", geography.adminArea("KZ-62").orElseThrow().name().get("en"));
    assertEquals("Астана", geography.adminArea("KZ-71").orElseThrow().name().get("ru"));
  }

  @Test
  void kazakhstansFormerAlphabeticCodesFindTheCurrentArea() {
    assertEquals("KZ-43", geography.adminArea("KZ-KZY").orElseThrow().code());
    assertEquals("KZ-71", geography.adminArea("KZ-AST").orElseThrow().code());
    assertEquals("KZ-61", geography.adminArea("KZ-YUZ").orElseThrow().code());
    assertEquals(List.of("KZ-KZY"), geography.formerCodes("KZ-43"));
    assertEquals(List.of(), geography.formerCodes("KZ-62"), "created in 2022");
    assertEquals(List.of(), geography.formerCodes("UZ-QR"));
    assertEquals(17, geography.adminAreas("KZ").stream().filter(this::hasFormerCode).count());
  }

  @Test
  void unknownAreaCodesAreNotFound() {
    assertEquals(Optional.empty(), geography.adminArea("KZ-99"));
    assertEquals(Optional.empty(), geography.adminArea("RU-MOW"));
    assertEquals(Optional.empty(), geography.adminArea("uz-qr"));
    assertEquals(Optional.empty(), geography.adminArea(null));
  }

  @Test
  void theListsCannotBeChangedByCallers() {
    assertThrows(UnsupportedOperationException.class, () -> geography.countries().clear());
    assertThrows(UnsupportedOperationException.class, () -> geography.adminAreas("KZ").clear());
    assertThrows(
        UnsupportedOperationException.class,
        () -> geography.adminArea("KZ-43").orElseThrow().name().put("en", "Changed"));
  }

  @Test
  void everyCentroidLiesInsideItsCountrysBoundary() {
    List<String> outside = new ArrayList<>();
    for (Country country : geography.countries()) {
      if (!geography.contains(country.code(), country.centroid())) {
        outside.add(country.code() + " " + country.centroid());
      }
    }
    for (AdminArea area : geography.adminAreas(null)) {
      if (!geography.contains(area.country(), area.centroid())) {
        outside.add(area.code() + " " + area.centroid());
      }
    }
    assertEquals(List.of(), outside);
  }

  @Test
  void everyCountryHasAValidBoundaryOfItsFullArea() {
    // Planar areas in square degrees of the source polygons, so that repairing one loses nothing.
    Map<String, Double> areas =
        Map.of("AF", 62.59, "KG", 21.45, "KZ", 328.61, "TJ", 14.70, "TM", 49.06, "UZ", 48.51);
    Boundaries boundaries = Boundaries.bundled();
    assertEquals(List.of("AF", "KG", "KZ", "TJ", "TM", "UZ"), boundaries.countries());
    for (String country : boundaries.countries()) {
      Geometry boundary = boundaries.boundary(country).orElseThrow();
      assertTrue(boundary.isValid(), country);
      assertEquals(areas.get(country), boundary.getArea(), areas.get(country) / 1000, country);
    }
  }

  // Towns a few to some tens of kilometres apart across a border (lat, lon from their centres).
  @ParameterizedTest(name = "{0} lies in {3}, not in {4}")
  @CsvSource({
    "Tashkent, 41.311, 69.279, UZ, KZ",
    "Saryagash, 41.452, 69.167, KZ, UZ",
    "Shymkent, 42.317, 69.596, KZ, UZ",
    "Osh, 40.530, 72.800, KG, UZ",
    "Andijan, 40.783, 72.344, UZ, KG",
    "Khujand, 40.283, 69.622, TJ, UZ",
    "Bekabad, 40.221, 69.269, UZ, TJ",
    "Termez, 37.224, 67.278, UZ, AF",
    "Hairatan, 37.217, 67.417, AF, UZ",
    "Bishkek, 42.875, 74.590, KG, KZ",
    "Korday, 43.040, 74.710, KZ, KG",
    "Dashoguz, 41.836, 59.966, TM, UZ",
    "Urgench, 41.550, 60.633, UZ, TM",
    "Tursunzoda, 38.511, 68.231, TJ, UZ",
    "Sariosiyo, 38.413, 67.958, UZ, TJ",
    "Isfara, 40.126, 70.625, TJ, KG",
    "Batken, 40.063, 70.819, KG, TJ",
    "Sokh (exclave of Uzbekistan), 39.967, 71.133, UZ, KG",
    "Vorukh (exclave of Tajikistan), 39.850, 70.567, TJ, KG",
    "Turkmenabat, 39.073, 63.579, TM, UZ",
    "Almaty, 43.238, 76.946, KZ, KG",
    "Cholpon-Ata, 42.650, 77.083, KG, KZ",
  })
  void aTownNearABorderLiesInItsOwnCountryOnly(
      String town, double lat, double lon, String country, String neighbour) {
    GeoPoint point = new GeoPoint(lat, lon);
    assertTrue(geography.contains(country, point), town + " in " + country);
    assertFalse(geography.contains(neighbour, point), town + " not in " + neighbour);
    assertEquals(country, geography.countryAt(point).map(Country::code).orElse("none"), town);
  }

  // Inside the bounding box of one of the six, but outside all of them: a box would accept these.
  @ParameterizedTest(name = "{0} lies in none of the six")
  @CsvSource({
    "the Caspian Sea off Aktau, 43.600, 50.500",
    "Kashgar (China), 39.470, 75.990",
    "Mashhad (Iran), 36.300, 59.600",
    "Peshawar (Pakistan), 34.010, 71.580",
    "Orenburg (Russia), 51.770, 55.100",
  })
  void aPlaceBeyondTheRegionLiesInNoneOfTheSix(String place, double lat, double lon) {
    assertEquals(Optional.empty(), geography.countryAt(new GeoPoint(lat, lon)), place);
  }

  @Test
  void noCountryContainsAPointOutsideTheSixOrNoPoint() {
    GeoPoint moscow = new GeoPoint(55.75, 37.62);
    assertFalse(geography.contains("RU", moscow), "not one of the six");
    assertFalse(geography.contains("KZ", null));
    assertFalse(geography.contains(null, new GeoPoint(43.24, 76.95)));
  }

  private boolean hasFormerCode(AdminArea area) {
    return !geography.formerCodes(area.code()).isEmpty();
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
