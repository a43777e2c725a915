package org.sdghub.projects.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.projects.Projects.map;
import static org.sdghub.projects.Requests.asCoordinator;
import static org.sdghub.projects.Requests.asViewer;
import static org.sdghub.projects.Requests.create;
import static org.sdghub.projects.Requests.project;

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
 * Results as IATI 2.03 has them: a type, a measure and a direction, several baselines, periods with
 * both targets and actuals, each disaggregated by sex, age group or location.
 */
@QuarkusTest
class ResultDetailsTest {

  @Inject Rows rows;

  private static Map<String, Object> detailed() {
    Map<String, Object> result = Projects.result();
    result.put("type", "outcome");
    result.put("measure", "percentage");
    result.put("ascending", true);
    result.put(
        "baselines",
        List.of(
            map(
                "year",
                2023,
                "value",
                41,
                "dimensions",
                List.of(map("name", "sex", "value", "female"))),
            map(
                "year",
                2023,
                "value",
                38,
                "dimensions",
                List.of(map("name", "location", "value", "KZ-43")))));
    result.put(
        "periods",
        List.of(
            map(
                "periodStart",
                "2024-01-01",
                "periodEnd",
                "2024-12-31",
                "targets",
                List.of(map("value", 50, "dimensions", List.of())),
                "actuals",
                List.of(
                    map(
                        "value",
                        47,
                        "dimensions",
                        List.of(
                            map("name", "sex", "value", "female"),
                            map("name", "age", "value", "15-24")))))));
    return result;
  }

  private static ValidatableResponse add(String id, Map<String, Object> result) {
    return asCoordinator()
        .header("If-Match", "\"0\"")
        .body(result)
        .post(project(id) + "/results")
        .then();
  }

  @Test
  void aResultCarriesItsTypeMeasureBaselinesAndPeriods() {
    String id = create(Projects.valid(Organisations.known()));

    add(id, detailed()).statusCode(201);

    asViewer()
        .get(project(id))
        .then()
        .body("results[0].type", equalTo("outcome"))
        .body("results[0].measure", equalTo("percentage"))
        .body("results[0].ascending", equalTo(true))
        .body("results[0].baselines.value", contains(41, 38))
        .body("results[0].baselines[1].dimensions[0].value", equalTo("KZ-43"))
        .body("results[0].periods[0].targets[0].value", equalTo(50))
        .body("results[0].periods[0].actuals[0].dimensions.name", contains("sex", "age"));
  }

  @Test
  void periodsLieWithinTheProjectAndLocationsAreAreas() {
    String id = create(Projects.valid(Organisations.known()));
    Map<String, Object> result = detailed();
    result.put(
        "periods",
        List.of(
            map(
                "periodStart",
                "2029-01-01",
                "periodEnd",
                "2029-12-31",
                "targets",
                List.of(),
                "actuals",
                List.of(
                    map(
                        "value",
                        1,
                        "dimensions",
                        List.of(map("name", "location", "value", "KZ-XXX")))))));

    add(id, result)
        .statusCode(400)
        .body("errors.field", hasItem("periods[0]"))
        .body("errors.field", hasItem("periods[0].actuals[0].dimensions[0].value"));
    Map<String, Object> badType = detailed();
    badType.put("type", "result");
    add(id, badType)
        .statusCode(400)
        .body("errors.field", contains("type"))
        .body("errors.message", contains("must be one of output, outcome, impact, other"));
    assertEquals(0L, rows.versionOf(id).orElseThrow());
  }

  @Test
  void aResultWithoutTheDetailsReadsAsBefore() {
    String id = create(Projects.valid(Organisations.known()));

    add(id, Projects.result()).statusCode(201);

    asViewer()
        .get(project(id))
        .then()
        .body("results[0].type", equalTo(null))
        .body("results[0].baselines", org.hamcrest.Matchers.empty())
        .body("results[0].periods", org.hamcrest.Matchers.empty());
  }
}
