package org.sdghub.projects.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.projects.Projects.map;
import static org.sdghub.projects.Requests.PROJECTS;
import static org.sdghub.projects.Requests.asCoordinator;
import static org.sdghub.projects.Requests.asViewer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Rows;

/**
 * Regional programmes: recipient countries beyond the six and recipient regions (IATI Region),
 * their percentages together summing to 100.
 */
@QuarkusTest
class RecipientRegionsTest {

  @Inject Rows rows;

  private static ValidatableResponse post(
      List<Map<String, Object>> countries, List<Map<String, Object>> regions) {
    Map<String, Object> body = Projects.valid(Organisations.known());
    body.put("recipientCountries", countries);
    body.put("recipientRegions", regions);
    if (countries.stream().noneMatch(c -> "KZ".equals(c.get("country")))) {
      body.put("locations", List.of());
    }
    return asCoordinator().body(body).post(PROJECTS).then();
  }

  @Test
  void aRegionalProgrammeNamesCountriesBeyondTheSixAndRegions() {
    Organisations.Known agency = Organisations.known();
    Map<String, Object> body = Projects.valid(agency);
    body.put(
        "recipientCountries",
        List.of(map("country", "KZ", "percentage", 40), map("country", "MN", "percentage", 20)));
    body.put("recipientRegions", List.of(map("region", "619", "percentage", 40)));

    asCoordinator()
        .body(body)
        .post(PROJECTS)
        .then()
        .statusCode(201)
        .body("recipientCountries.country", contains("KZ", "MN"))
        .body("recipientRegions[0].region", equalTo("619"))
        .body("recipientRegions[0].percentage", equalTo(40));
    asViewer()
        .queryParam("organisation", agency.id())
        .queryParam("country", "KZ")
        .get(PROJECTS)
        .then()
        .body("total", equalTo(1));
  }

  @Test
  void aProgrammeOfTheWholeRegionNeedsNoCountry() {
    post(List.of(), List.of(map("region", "619", "percentage", 100))).statusCode(201);
  }

  @Test
  void countriesAndRegionsTogetherMakeAHundredPercent() {
    post(
            List.of(map("country", "KZ", "percentage", 50)),
            List.of(map("region", "619", "percentage", 40)))
        .statusCode(400)
        .body("errors.field", contains("recipientRegions"))
        .body(
            "errors.message",
            contains(
                "percentages of the recipient countries and regions must sum to exactly 100; they"
                    + " sum to 90"));
  }

  @Test
  void aProjectElsewhereOnlyIsNotTheRegionsAndRegionsComeFromIatisList() {
    Map<String, Object> elsewhere = Projects.valid(Organisations.known());
    elsewhere.put("recipientCountries", List.of(map("country", "MN", "percentage", 100)));
    elsewhere.put("locations", List.of());
    asCoordinator()
        .body(elsewhere)
        .post(PROJECTS)
        .then()
        .statusCode(400)
        .body("errors.field", contains("recipientCountries"));
    assertEquals(0, rows.projectsWithIdentifier((String) elsewhere.get("iatiIdentifier")));

    post(
            List.of(map("country", "KZ", "percentage", 50)),
            List.of(map("region", "999", "percentage", 50)))
        .statusCode(400)
        .body("errors.field", hasItem("recipientRegions[0].region"));
  }
}
