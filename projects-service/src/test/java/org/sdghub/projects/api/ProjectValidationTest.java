package org.sdghub.projects.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.projects.Projects.element;
import static org.sdghub.projects.Projects.map;
import static org.sdghub.projects.Projects.part;
import static org.sdghub.projects.Requests.PROBLEMS;
import static org.sdghub.projects.Requests.PROBLEM_JSON;
import static org.sdghub.projects.Requests.PROJECTS;
import static org.sdghub.projects.Requests.asCoordinator;
import static org.sdghub.projects.Requests.create;
import static org.sdghub.projects.Requests.project;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Rows;

/** Every rule of a project answers 400 naming the field by its JSON path, and writes nothing. */
@QuarkusTest
@SuppressWarnings("unchecked")
class ProjectValidationTest {

  private static Organisations.Known reporting;

  @Inject Rows rows;

  @BeforeEach
  void knowAnOrganisation() {
    if (reporting == null) {
      reporting = Organisations.known();
    }
  }

  @Test
  void unknownSdgTargetAnswers400() {
    refused(p -> p.put("sdgTargets", List.of("6.4", "6.9")), "sdgTargets[1]");
    refused(p -> p.put("sdgTargets", List.of("18.1")), "sdgTargets[0]");
    refused(p -> p.put("sdgTargets", List.of("six")), "sdgTargets[0]");
  }

  @Test
  void unknownAdminAreaAnswers400() {
    refused(p -> element(p, "locations", 0).put("adminArea", "KZ-99"), "locations[0].adminArea");
  }

  @Test
  void areaOfAnotherCountryAnswers400() {
    refused(p -> element(p, "locations", 0).put("adminArea", "UZ-QR"), "locations[0].adminArea");
  }

  @Test
  void locationOutsideTheRecipientCountriesAnswers400() {
    refused(
        p -> {
          Map<String, Object> location = element(p, "locations", 0);
          location.put("country", "KG");
          location.put("adminArea", "KG-C");
          location.remove("point");
        },
        "locations[0].country");
  }

  @Test
  void percentagesNotSummingTo100Answer400() {
    refused(p -> element(p, "recipientCountries", 1).put("percentage", 30), "recipientCountries");
    refused(
        p -> element(p, "recipientCountries", 1).put("percentage", 40.01), "recipientCountries");
  }

  @Test
  void decimalPercentagesSummingExactlyTo100AreAccepted() {
    Map<String, Object> body = Projects.valid(reporting);
    element(body, "recipientCountries", 0).put("percentage", 33.33);
    element(body, "recipientCountries", 1).put("percentage", 66.67);
    create(body);
  }

  @Test
  void aCountryNotInIatisCountryListAnswers400() {
    refused(
        p -> {
          element(p, "recipientCountries", 1).put("country", "XX");
          p.put("locations", List.of());
        },
        "recipientCountries[1].country");
  }

  @Test
  void pointOutsideItsCountryAnswers400EvenJustAcrossABorder() {
    // Tashkent lies some 15 km from the Kazakh border.
    refused(
        p -> element(p, "locations", 0).put("point", map("lat", 41.31, "lon", 69.28)),
        "locations[0].point");
  }

  @Test
  void unknownOrganisationAnswers400() {
    refused(
        p ->
            ((List<Object>) p.get("participatingOrganisations"))
                .add(map("organisationId", UUID.randomUUID().toString(), "role", "implementing")),
        "participatingOrganisations[1].organisationId");
    refused(
        p -> p.put("reportingOrganisationId", UUID.randomUUID().toString()),
        "reportingOrganisationId");
  }

  @Test
  void archivedOrganisationCannotBeNewlyAdded() {
    Organisations.Known archived = Organisations.archived();
    refused(
        p ->
            ((List<Object>) p.get("participatingOrganisations"))
                .add(map("organisationId", archived.id().toString(), "role", "funding")),
        "participatingOrganisations[1].organisationId");
  }

  @Test
  void projectWithoutAnAccountableOrganisationAnswers400() {
    refused(
        p -> element(p, "participatingOrganisations", 0).put("role", "implementing"),
        "participatingOrganisations");
  }

  @Test
  void unknownRoleAnswers400() {
    refused(
        p -> element(p, "participatingOrganisations", 0).put("role", "donor"),
        "participatingOrganisations[0].role");
  }

  @Test
  void endBeforeStartAnswers400() {
    refused(p -> part(p, "dates").put("plannedEnd", "2023-12-31"), "dates.plannedEnd");
    refused(p -> part(p, "dates").put("actualEnd", "2024-02-01"), "dates.actualEnd");
    refused(p -> part(p, "dates").remove("plannedStart"), "dates.plannedStart");
    refused(p -> part(p, "dates").put("plannedStart", "2024-02-30"), "dates.plannedStart");
  }

  @Test
  void badCurrencyAnswers400() {
    refused(p -> part(p, "budget").put("currency", "XYZ"), "budget.currency");
    refused(p -> part(p, "budget").put("currency", "usd"), "budget.currency");
    refused(p -> part(p, "budget").put("amount", "-1"), "budget.amount");
  }

  @Test
  void unknownSectorAnswers400() {
    refused(p -> p.put("sectors", List.of("99999")), "sectors[0]");
  }

  @Test
  void identifierNotStartingWithTheReportingOrganisationsAnswers400() {
    refused(p -> p.put("iatiIdentifier", "XM-DAC-1-" + Projects.token()), "iatiIdentifier");
  }

  @Test
  void missingEnglishTitleOrAnUnservedLanguageAnswers400() {
    refused(p -> part(p, "title").remove("en"), "title.en");
    refused(p -> part(p, "title").put("de", "Wasser"), "title.de");
  }

  @Test
  void oversizedFieldsAnswer400() {
    refused(p -> part(p, "title").put("ru", "я".repeat(501)), "title.ru");
    refused(p -> part(p, "description").put("en", "a".repeat(5001)), "description.en");
    refused(
        p -> p.put("iatiIdentifier", reporting.identifier() + "-" + "1".repeat(150)),
        "iatiIdentifier");
    refused(p -> element(p, "locations", 0).put("name", "a".repeat(201)), "locations[0].name");
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      targets.add("6.4");
    }
    refused(p -> p.put("sdgTargets", targets), "sdgTargets");
  }

  @Test
  void unknownFieldAnswers400() {
    refused(p -> p.put("owner", "someone"), "owner");
  }

  @Test
  void everyBrokenRuleIsNamedInOneAnswer() {
    Map<String, Object> body = Projects.valid(reporting);
    body.put("sdgTargets", List.of("6.9"));
    element(body, "recipientCountries", 1).put("percentage", 30);
    element(body, "locations", 0).put("point", map("lat", 41.31, "lon", 69.28));
    part(body, "budget").put("currency", "XYZ");

    asCoordinator()
        .body(body)
        .post(PROJECTS)
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            equalTo(
                List.of(
                    "sdgTargets[0]",
                    "recipientCountries",
                    "locations[0].point",
                    "budget.currency")));
  }

  @Test
  void invalidReplaceAnswers400AndLeavesTheRowAsItWas() {
    Map<String, Object> body = Projects.valid(reporting);
    String id = create(body);
    String before = rows.stateOf(id).orElseThrow();
    part(body, "title").put("en", "Renamed");
    element(body, "locations", 0).put("adminArea", "KZ-99");

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("locations[0].adminArea"));
    assertEquals(before, rows.stateOf(id).orElseThrow());
    assertEquals(1, rows.outboxRowsOf(id));
  }

  private void refused(Consumer<Map<String, Object>> breaking, String field) {
    Map<String, Object> body = Projects.valid(reporting);
    breaking.accept(body);

    asCoordinator()
        .body(body)
        .post(PROJECTS)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(PROBLEMS + "invalid-input"))
        .body("errors.field", hasItem(field));
    assertEquals(
        0,
        rows.projectsWithIdentifier((String) body.get("iatiIdentifier")),
        "nothing is written when " + field + " is bad");
  }
}
