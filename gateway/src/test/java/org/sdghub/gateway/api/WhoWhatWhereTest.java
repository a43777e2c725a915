package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.gateway.support.Region;
import org.sdghub.gateway.support.ThreeW;

/**
 * The 3W through the gateway with the real services behind it: what is created and changed at
 * projects-service shows up within a bounded wait, counted once per group, money never twice.
 */
@QuarkusTest
class WhoWhatWhereTest {

  static final String WWW = "/api/v1/who-what-where";
  static final Duration SHOWS_UP_WITHIN = Duration.ofSeconds(20);

  @Test
  void aProjectCreatedThroughTheApiShowsUpWithWhoDoesWhatWhere() {
    Region.Agency agency = Region.organisation();
    String id = Region.create(Region.project(agency)).path("id");

    JsonPath listed =
        awaitAnswer(
            Map.of("organisation", agency.toString()),
            answer ->
                answer.getInt("total") == 1 && answer.get("items[0].participants[0].kind") != null);
    assertEquals(id, listed.getString("items[0].id"));
    assertEquals("implementation", listed.getString("items[0].status"));
    assertEquals(List.of("6.4", "13.1"), listed.getList("items[0].sdgTargets"));
    assertEquals(List.of(6, 13), listed.getList("items[0].sdgGoals"));
    assertEquals(
        "KZ-43", listed.getString("items[0].places.find { it.country == 'KZ' }.adminArea"));
    assertEquals(
        "Kyzylorda Region",
        listed.getString("items[0].places.find { it.country == 'KZ' }.adminAreaName"));
    assertEquals(null, listed.getString("items[0].places.find { it.country == 'UZ' }.adminArea"));
    assertEquals("accountable", listed.getString("items[0].participants[0].role"));
    assertEquals("un-entity", listed.getString("items[0].participants[0].kind"));
    assertEquals(2500000.00f, listed.getFloat("items[0].budgetUsd"));
    // Nothing committed or disbursed yet: the whole budget is the gap.
    assertEquals(0.0f, listed.getFloat("items[0].committedUsd"));
    assertEquals(0.0f, listed.getFloat("items[0].disbursedUsd"));
    assertEquals(2500000.00f, listed.getFloat("items[0].gapUsd"));
    assertEquals(
        List.of("sdghub.partners.v1", "sdghub.projects.v1", "sdghub.funding.v1"),
        listed.getList("topics.topic"));
    org.hamcrest.MatcherAssert.assertThat(listed.get("asOf"), notNullValue());
  }

  @Test
  void eachListingShowsItsAnswerAndADeclinedOneIsNotThatOrganisationsWork() {
    Region.Agency agency = Region.organisation();
    Region.Agency donor = Region.organisation();
    Map<String, Object> project = Region.project(agency);
    project.put(
        "participatingOrganisations",
        List.of(
            Region.map("organisationId", agency.toString(), "role", "accountable"),
            Region.map("organisationId", donor.toString(), "role", "funding")));
    String id = Region.create(project).path("id");
    JsonPath listed =
        awaitAnswer(
            Map.of("organisation", donor.toString()),
            answer -> answer.getInt("total") == 1 && answer.get("items[0].participants") != null);
    // A listing shows the rows the filters matched: here the donor's, not yet answered.
    assertEquals(List.of("unconfirmed"), listed.getList("items[0].participants.confirmation"));
    assertEquals(
        List.of("confirmed"),
        ThreeW.answer(Map.of("organisation", agency.toString()))
            .getList("items[0].participants.confirmation"));

    given()
        .header("Authorization", ApiKeys.bearer(donor.id(), "donor"))
        .header("If-Match", "\"0\"")
        .contentType("application/json")
        .body(Map.of("answer", "declined", "note", "Not funded by us"))
        .when()
        .post("/api/v1/projects/" + id + "/participation")
        .then()
        .statusCode(200)
        .body(
            "participatingOrganisations[1].confirmation",
            org.hamcrest.Matchers.equalTo("declined"));

    awaitAnswer(Map.of("organisation", donor.toString()), answer -> answer.getInt("total") == 0);
    // The project is still the agency's work.
    JsonPath agencys = ThreeW.answer(Map.of("organisation", agency.toString()));
    assertEquals(List.of(id), agencys.getList("items.id"));
    assertEquals(List.of("confirmed"), agencys.getList("items[0].participants.confirmation"));
  }

  @Test
  void aProjectUnderSeveralTargetsAreasAndRolesCountsOncePerGroupAndItsMoneyOnce() {
    Region.Agency agency = Region.organisation();
    Map<String, Object> project = Region.project(agency);
    project.put("sdgTargets", List.of("6.4", "6.5", "13.1"));
    project.put(
        "locations",
        List.of(
            Region.map("country", "KZ", "adminArea", "KZ-43", "name", "Aralsk", "point", null),
            Region.map("country", "KZ", "adminArea", "KZ-11", "name", "Kokshetau", "point", null)));
    project.put(
        "participatingOrganisations",
        List.of(
            Region.map("organisationId", agency.toString(), "role", "accountable"),
            Region.map("organisationId", agency.toString(), "role", "implementing")));
    Region.create(project);
    String organisation = agency.toString();
    awaitAnswer(Map.of("organisation", organisation), answer -> answer.getInt("total") == 1);

    JsonPath byGoal = answer(Map.of("organisation", organisation, "groupBy", "sdgGoal"));
    assertEquals(List.of(1, 1), byGoal.getList("groups.projects"));
    assertEquals(2500000.00f, byGoal.getFloat("groups.find { it.key.sdgGoal == 6 }.budgetUsd"));
    assertEquals(2500000.00f, byGoal.getFloat("groups.find { it.key.sdgGoal == 13 }.budgetUsd"));
    assertEquals(1, byGoal.getInt("groups.find { it.key.sdgGoal == 6 }.organisations"));

    JsonPath byCountryAndRole =
        answer(Map.of("organisation", organisation, "groupBy", "country,role"));
    assertEquals(
        1500000.00f,
        byCountryAndRole.getFloat(
            "groups.find { it.key.country == 'KZ' && it.key.role == 'accountable' }.budgetUsd"));
    assertEquals(
        1000000.00f,
        byCountryAndRole.getFloat(
            "groups.find { it.key.country == 'UZ' && it.key.role == 'implementing' }.budgetUsd"));
    assertEquals(4, byCountryAndRole.getList("groups").size());

    JsonPath inKazakhstan =
        answer(Map.of("organisation", organisation, "country", "KZ", "groupBy", "organisation"));
    assertEquals(1, inKazakhstan.getInt("groups[0].projects"));
    assertEquals(1500000.00f, inKazakhstan.getFloat("groups[0].budgetUsd"));

    JsonPath byYear = answer(Map.of("organisation", organisation, "groupBy", "year"));
    assertEquals(List.of(2024, 2025, 2026, 2027), byYear.getList("groups.key.year"));
  }

  @Test
  void aProjectMovedToAnotherAreaGivenATargetAndClosedShowsUpChangedInEachView() {
    Region.Agency agency = Region.organisation();
    String id = Region.create(Region.project(agency)).path("id");
    String organisation = agency.toString();
    awaitAnswer(
        Map.of("organisation", organisation, "adminArea", "KZ-43"),
        answer -> answer.getInt("total") == 1);

    Region.patch(
        id,
        Map.of(
            "locations",
                List.of(
                    Region.map(
                        "country", "KZ", "adminArea", "KZ-11", "name", "Kokshetau", "point", null)),
            "sdgTargets", List.of("6.4", "13.1", "4.1")));
    awaitAnswer(
        Map.of("organisation", organisation, "adminArea", "KZ-11", "sdgTarget", "4.1"),
        answer -> answer.getInt("total") == 1);
    assertEquals(
        0, answer(Map.of("organisation", organisation, "adminArea", "KZ-43")).getInt("total"));

    Region.moveTo(id, "finalisation");
    Region.moveTo(id, "closed");
    JsonPath closed =
        awaitAnswer(
            Map.of("organisation", organisation, "groupBy", "status"),
            answer -> List.of("closed").equals(answer.getList("groups.key.status")));
    assertEquals(1, closed.getInt("groups[0].projects"));
    assertEquals(
        0,
        answer(Map.of("organisation", organisation, "status", "implementation")).getInt("total"));
  }

  @Test
  void badParametersAnswer400NamingTheParameter() {
    assertNamed(Map.of("country", "kz"), "country");
    assertNamed(Map.of("sdgGoal", "18"), "sdgGoal");
    assertNamed(Map.of("sdgTarget", "6-4"), "sdgTarget");
    assertNamed(Map.of("groupBy", "planet"), "groupBy");
    assertNamed(Map.of("groupBy", "country,sdgGoal,status"), "groupBy");
    assertNamed(Map.of("activeFrom", "2025-02-01", "activeTo", "2025-01-01"), "activeTo");
    assertNamed(Map.of("activeOn", "yesterday"), "activeOn");
    assertNamed(Map.of("organisation", "unesco"), "organisation");
    assertNamed(Map.of("role", "donor"), "role");
    assertNamed(Map.of("format", "xml"), "format");
    assertNamed(Map.of("colour", "blue"), "colour");
    assertNamed(Map.of("size", "1000"), "size");
    assertNamed(Map.of("groupBy", "country", "format", "geojson"), "groupBy");
  }

  @Test
  void withoutAnApiKeyTheThreeWAnswers401() {
    given().when().get(WWW).then().statusCode(401).contentType("application/problem+json");
  }

  private static void assertNamed(Map<String, String> params, String field) {
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .queryParams(params)
        .when()
        .get(WWW)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
  }

  private static JsonPath answer(Map<String, String> params) {
    return ThreeW.answer(params);
  }

  private static JsonPath awaitAnswer(Map<String, String> params, Predicate<JsonPath> condition) {
    return ThreeW.awaitAnswer(params, condition);
  }
}
