package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.gateway.support.Boundaries;
import org.sdghub.gateway.support.Region;
import org.sdghub.gateway.support.ThreeW;

/** The 3W exported: CSV with its HXL hashtag row, and GeoJSON whose points lie in their country. */
@QuarkusTest
class WhoWhatWhereExportTest {

  @Test
  void theCsvExportParsesAndHasTheHxlHashtagRowUnderItsHeader() {
    Region.Agency agency = Region.organisation();
    Map<String, Object> project = Region.project(agency);
    project.put("title", Region.map("en", "Water, \"sanitation\" " + Region.token()));
    Region.create(project);
    ThreeW.awaitAnswer(
        Map.of("organisation", agency.toString()),
        a -> a.getInt("total") == 1 && a.get("items[0].participants[0].name") != null);

    String csv =
        given()
            .header("Authorization", ApiKeys.COORDINATOR)
            .accept("text/csv")
            .queryParam("organisation", agency.toString())
            .when()
            .get(ThreeW.PATH)
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    List<List<String>> lines = parse(csv);
    List<String> header = lines.get(0);
    List<String> hashtags = lines.get(1);
    assertEquals(header.size(), hashtags.size());
    for (String tag :
        List.of(
            "#org+name",
            "#org+type",
            "#sector+sdg+target",
            "#country+code",
            "#adm1+code",
            "#adm1+name",
            "#status",
            "#date+start",
            "#date+end",
            "#value+funding+usd",
            "#value+committed+usd",
            "#value+spent+usd",
            "#value+gap+usd")) {
      assertTrue(hashtags.contains(tag), "HXL row lacks " + tag + ": " + hashtags);
    }
    // 2 countries x 2 targets x 1 participant
    assertEquals(6, lines.size());
    Map<String, String> kazakhstan = null;
    for (List<String> line : lines.subList(2, lines.size())) {
      assertEquals(header.size(), line.size());
      Map<String, String> row = row(header, line);
      assertEquals(
          project.get("title").toString().replaceAll("^\\{en=|\\}$", ""), row.get("projectTitle"));
      if (row.get("country").equals("KZ") && row.get("sdgTarget").equals("6.4")) {
        kazakhstan = row;
      }
    }
    assertEquals("KZ-43", kazakhstan.get("adminArea"));
    assertEquals("Kyzylorda Region", kazakhstan.get("adminAreaName"));
    assertEquals("1500000.00", kazakhstan.get("budgetUsd"));
    assertEquals("40", kazakhstan.get("organisationType"));
    assertEquals("2024-03-01", kazakhstan.get("startDate"));
    assertEquals("0.00", kazakhstan.get("committedUsd"));
    assertEquals("1500000.00", kazakhstan.get("gapUsd"));
  }

  @Test
  void aGroupedCsvExportHoldsTheGroupsUnderTheirHxlRow() {
    Region.Agency agency = Region.organisation();
    Region.create(Region.project(agency));
    ThreeW.awaitAnswer(Map.of("organisation", agency.toString()), a -> a.getInt("total") == 1);
    String csv =
        given()
            .header("Authorization", ApiKeys.COORDINATOR)
            .queryParam("organisation", agency.toString())
            .queryParam("groupBy", "country")
            .queryParam("format", "csv")
            .when()
            .get(ThreeW.PATH)
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    List<List<String>> lines = parse(csv);
    assertEquals("country", lines.get(0).get(0));
    assertEquals(List.of("#country+code", "#activity+num"), lines.get(1).subList(0, 2));
    assertEquals(List.of("KZ", "1", "1", "1500000.00"), lines.get(2).subList(0, 4));
    assertEquals(List.of("UZ", "1", "1", "1000000.00"), lines.get(3).subList(0, 4));
    assertEquals(4, lines.size());
  }

  @Test
  void theGeoJsonExportParsesAndItsFeaturesLieInTheirCountries() throws IOException {
    Region.Agency agency = Region.organisation();
    Map<String, Object> project = Region.project(agency);
    project.put(
        "locations",
        List.of(
            Region.map(
                "country",
                "KZ",
                "adminArea",
                "KZ-43",
                "name",
                "Aralsk",
                "point",
                Region.map("lat", 46.80, "lon", 61.67)),
            Region.map("country", "KZ", "adminArea", "KZ-75", "name", null, "point", null)));
    Region.create(project);
    ThreeW.awaitAnswer(Map.of("organisation", agency.toString()), a -> a.getInt("total") == 1);

    String body =
        given()
            .header("Authorization", ApiKeys.COORDINATOR)
            .queryParam("organisation", agency.toString())
            .queryParam("format", "geojson")
            .when()
            .get(ThreeW.PATH)
            .then()
            .statusCode(200)
            .contentType(startsWith("application/geo+json"))
            .extract()
            .asString();
    JsonNode collection = new ObjectMapper().readTree(body);
    assertEquals("FeatureCollection", collection.path("type").asText());
    Map<String, Geometry> countries = Boundaries.countries();
    List<String> areas = new ArrayList<>();
    for (JsonNode feature : collection.path("features")) {
      JsonNode coordinates = feature.path("geometry").path("coordinates");
      String country = feature.path("properties").path("country").asText();
      Geometry point =
          Boundaries.point(coordinates.get(0).asDouble(), coordinates.get(1).asDouble());
      assertTrue(countries.get(country).contains(point), feature + " lies outside " + country);
      areas.add(feature.path("properties").path("adminArea").asText(null));
    }
    // KZ-43, KZ-75 and the whole of UZ, each for 2 targets
    assertEquals(6, areas.size());
    assertTrue(areas.contains("KZ-75") && areas.contains("KZ-43") && areas.contains(null));
    JsonNode aralsk = collection.path("features").get(0);
    assertThat(aralsk.path("geometry").path("coordinates").toString(), startsWith("[61.67,46.8"));
  }

  private static Map<String, String> row(List<String> header, List<String> line) {
    Map<String, String> row = new java.util.HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      row.put(header.get(i), line.get(i));
    }
    return row;
  }

  /** RFC 4180: CRLF lines, commas, double quotes around cells holding them (doubled inside). */
  static List<List<String>> parse(String csv) {
    List<List<String>> lines = new ArrayList<>();
    List<String> line = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        line.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        line.add(cell.toString());
        cell.setLength(0);
        lines.add(line);
        line = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    assertTrue(line.isEmpty() && cell.length() == 0, "the CSV does not end with CRLF");
    return lines;
  }
}
