package org.sdghub.projects.api;

import static org.hamcrest.Matchers.equalTo;
import static org.sdghub.projects.Projects.map;
import static org.sdghub.projects.Projects.part;
import static org.sdghub.projects.Requests.PROJECTS;
import static org.sdghub.projects.Requests.asViewer;
import static org.sdghub.projects.Requests.create;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;

/**
 * The list filters, each alone (scoped to one organisation's projects so that other tests' data
 * does not count), full-text search in English and Russian, sorting, and bad values.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class ProjectListTest {

  private Organisations.Known owner;
  private Organisations.Known implementer;
  private String water;
  private String energy;

  /** Two projects: water in KZ and UZ (running), energy in KG (ended mid-2024). */
  @BeforeEach
  void twoProjects() {
    owner = Organisations.known();
    implementer = Organisations.known();
    Map<String, Object> first = Projects.valid(owner);
    part(first, "title").put("ru", "Водные ресурсы Приаралья");
    ((List<Object>) first.get("participatingOrganisations"))
        .add(map("organisationId", implementer.id().toString(), "role", "implementing"));
    water = create(first);

    Map<String, Object> second = Projects.valid(owner);
    second.put(
        "title", map("en", "Solar power for mountain schools", "ru", "Солнечная энергия для школ"));
    second.put("description", null);
    second.put("status", "implementation");
    second.put("sdgTargets", new ArrayList<>(List.of("7.2")));
    second.put("recipientCountries", List.of(map("country", "KG", "percentage", 100)));
    second.put("locations", List.of(map("country", "KG", "adminArea", "KG-C")));
    part(second, "dates").put("actualEnd", "2024-06-30");
    energy = create(second);
  }

  @Test
  void eachFilterSelectsItsProjects() {
    expect(Map.of(), water, energy);
    expect(Map.of("country", "UZ"), water);
    expect(Map.of("country", "KG"), energy);
    expect(Map.of("country", "TJ"));
    expect(Map.of("adminArea", "KZ-43"), water);
    expect(Map.of("adminArea", "KG-C"), energy);
    expect(Map.of("sdgGoal", "6"), water);
    expect(Map.of("sdgGoal", "7"), energy);
    expect(Map.of("sdgTarget", "13.1"), water);
    expect(Map.of("status", "implementation"), energy);
    expect(Map.of("status", "pipeline"), water);
    expect(Map.of("activeOn", "2025-06-30"), water);
    expect(Map.of("activeOn", "2024-04-01"), water, energy);
    expect(Map.of("activeOn", "2024-02-01"));
    expect(Map.of("activeFrom", "2024-07-01", "activeTo", "2024-12-31"), water);
    expect(Map.of("activeFrom", "2020-01-01", "activeTo", "2024-03-01"), water, energy);
    expect(Map.of("activeFrom", "2020-01-01", "activeTo", "2024-02-29"));
  }

  @Test
  void organisationFilterMatchesAnyRoleOrTheOneNamed() {
    String id = implementer.id().toString();
    listing(Map.of("organisation", id)).body("items.id", equalTo(List.of(water)));
    listing(Map.of("organisation", id, "role", "implementing"))
        .body("items.id", equalTo(List.of(water)));
    listing(Map.of("organisation", id, "role", "accountable")).body("total", equalTo(0));
    listing(Map.of("organisation", owner.id().toString(), "role", "reporting"))
        .body("total", equalTo(2));
  }

  @Test
  void fullTextFindsRussianWordsInAnyInflectedForm() {
    expect(Map.of("q", "водных ресурсов"), water);
    expect(Map.of("q", "солнечной энергии"), energy);
    expect(Map.of("q", "Приаралье"), water);
  }

  @Test
  void fullTextFindsEnglishWordsInAnyInflectedFormAndDescriptions() {
    expect(Map.of("q", "efficient"), water);
    expect(Map.of("q", "irrigation"), water);
    expect(Map.of("q", "school"), energy);
    expect(Map.of("q", "\"mountain schools\" -water"), energy);
    expect(Map.of("q", "glacier"));
  }

  @Test
  void updatedSinceSelectsRecentChanges() {
    expect(Map.of("updatedSince", "2000-01-01T00:00:00Z"), water, energy);
    expect(Map.of("updatedSince", Instant.now().plusSeconds(3600).toString()));
  }

  @Test
  void sortAndPagesAreStable() {
    listing(Map.of("sort", "title")).body("items.id", equalTo(List.of(energy, water)));
    listing(Map.of("sort", "-title")).body("items.id", equalTo(List.of(water, energy)));
    listing(Map.of("sort", "updatedAt,desc")).body("items.id", equalTo(List.of(energy, water)));
    listing(Map.of("sort", "title", "size", "1", "page", "1"))
        .body("items.id", equalTo(List.of(water)))
        .body("total", equalTo(2))
        .body("size", equalTo(1))
        .body("page", equalTo(1));
  }

  @Test
  void listedProjectsCarryParticipantNames() {
    listing(Map.of("sort", "title"))
        .body(
            "items[1].participatingOrganisations[1].organisationId",
            equalTo(implementer.id().toString()))
        .body(
            "items[1].participatingOrganisations[1].name.en",
            equalTo("Water Agency " + implementer.identifier().substring("XM-DAC-".length())));
  }

  @Test
  void badFilterValuesAnswer400NamingTheParameter() {
    refused("country", "XX");
    refused("adminArea", "KZ-99");
    refused("sdgGoal", "18");
    refused("sdgGoal", "six");
    refused("sdgTarget", "6.9");
    refused("status", "done");
    refused("organisation", "acme");
    refused("activeOn", "2025-02-30");
    refused("q", "x".repeat(201));
    refused("updatedSince", "yesterday");
    refused("sort", "colour");
    refused("size", "101");
    asViewer()
        .queryParam("role", "funding")
        .get(PROJECTS)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("role"));
    asViewer()
        .queryParam("activeFrom", "2025-01-01")
        .get(PROJECTS)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("activeTo"));
    asViewer()
        .queryParam("activeFrom", "2025-01-01")
        .queryParam("activeTo", "2024-01-01")
        .get(PROJECTS)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("activeTo"));
  }

  private void expect(Map<String, String> filters, String... ids) {
    listing(filters).body("items.id", equalTo(List.of(ids))).body("total", equalTo(ids.length));
  }

  private ValidatableResponse listing(Map<String, String> filters) {
    var request = asViewer();
    if (!filters.containsKey("organisation")) {
      request.queryParam("organisation", owner.id().toString());
    }
    if (!filters.containsKey("sort")) {
      request.queryParam("sort", "createdAt");
    }
    filters.forEach(request::queryParam);
    return request.get(PROJECTS).then().statusCode(200);
  }

  private static void refused(String parameter, String value) {
    asViewer()
        .queryParam(parameter, value)
        .get(PROJECTS)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo(parameter));
  }
}
