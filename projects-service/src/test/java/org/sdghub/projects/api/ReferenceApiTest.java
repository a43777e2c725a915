package org.sdghub.projects.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.TestTokens;

/** The reference lists over HTTP: whole lists, filters, problems for bad filters, caching. */
@QuarkusTest
class ReferenceApiTest {

  private static final String REFERENCE = "/api/v1/reference/";
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String INVALID_INPUT = "https://sdghub.org/problems/invalid-input";
  private static final List<String> LANGUAGES = List.of("en", "ru", "kk", "ky", "tg", "tk");

  @Test
  void goalsAreListedWholeWithTitlesInSixLanguages() {
    asViewer()
        .get(REFERENCE + "sdg-goals")
        .then()
        .statusCode(200)
        .body("total", equalTo(17))
        .body("size", equalTo(17))
        .body("page", equalTo(0))
        .body("items.number", contains(range(1, 17)))
        .body("items[5].shortTitle.en", equalTo("Clean water and sanitation"))
        .body("items[5].title.keySet()", contains(LANGUAGES.toArray()))
        .body("items[5].title.ru", containsString("водных ресурсов"));
  }

  @Test
  void targetsAreListedWholeOrForOneGoal() {
    asViewer().get(REFERENCE + "sdg-targets").then().statusCode(200).body("total", equalTo(169));
    asViewer()
        .queryParam("goal", 6)
        .get(REFERENCE + "sdg-targets")
        .then()
        .statusCode(200)
        .body("total", equalTo(8))
        .body("items.code", contains("6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.a", "6.b"))
        .body("items.goal", everyItem(equalTo(6)))
        .body("items[3].title.en", containsString("water-use efficiency"));
  }

  @Test
  void indicatorsAreListedForAGoalAndOneOfItsTargets() {
    asViewer().get(REFERENCE + "sdg-indicators").then().statusCode(200).body("total", equalTo(252));
    asViewer()
        .queryParam("goal", 6)
        .queryParam("target", "6.4")
        .get(REFERENCE + "sdg-indicators")
        .then()
        .statusCode(200)
        .body("items.code", contains("6.4.1", "6.4.2"))
        .body("items.target", everyItem(equalTo("6.4")))
        .body("items[1].title.en", containsString("Level of water stress"))
        .body("items[1].title.keySet()", contains(LANGUAGES.toArray()));
    asViewer()
        .queryParam("target", "6.a")
        .get(REFERENCE + "sdg-indicators")
        .then()
        .statusCode(200)
        .body("items.code", contains("6.a.1"));
  }

  @Test
  void theSixCountriesAreListedWithNamesAndCentres() {
    asViewer()
        .get(REFERENCE + "countries")
        .then()
        .statusCode(200)
        .body("total", equalTo(6))
        .body("items.code", contains("AF", "KG", "KZ", "TJ", "TM", "UZ"))
        .body("items.find { it.code == 'KG' }.name.ru", equalTo("Кыргызстан"))
        .body("items.find { it.code == 'KZ' }.centroid.lat", equalTo(48.0f));
  }

  @Test
  void adminAreasAreListedForACountryWithTheirFormerCodes() {
    asViewer().get(REFERENCE + "admin-areas").then().statusCode(200).body("total", equalTo(88));
    asViewer()
        .queryParam("country", "KZ")
        .get(REFERENCE + "admin-areas")
        .then()
        .statusCode(200)
        .body("total", equalTo(20))
        .body("items.country", everyItem(equalTo("KZ")))
        .body("items.code", hasItems("KZ-10", "KZ-33", "KZ-62", "KZ-79"))
        .body("items.code", not(hasItem("KZ-KZY")))
        .body("items.find { it.code == 'KZ-43' }.formerCodes", contains("KZ-KZY"))
        .body("items.find { it.code == 'KZ-43' }.name.ru", equalTo("Кызылординская область"))
        .body("items.find { it.code == 'KZ-62' }.formerCodes", empty());
    asViewer()
        .queryParam("country", "AF")
        .get(REFERENCE + "admin-areas")
        .then()
        .statusCode(200)
        .body("total", equalTo(34));
  }

  @Test
  void codeListsNameStatusesAndRolesAsTheApiDoes() {
    asViewer()
        .get(REFERENCE + "codelists/activity-status")
        .then()
        .statusCode(200)
        .body("total", equalTo(6))
        .body(
            "items.value",
            contains(
                "pipeline", "implementation", "finalisation", "closed", "cancelled", "suspended"))
        .body("items[1].code", equalTo("2"))
        .body("items[1].name.en", equalTo("Implementation"))
        .body("items[1].description", equalTo("The activity is currently being implemented"));
    asViewer()
        .get(REFERENCE + "codelists/organisation-role")
        .then()
        .statusCode(200)
        .body("items.value", contains("funding", "accountable", "extending", "implementing"));
    asViewer()
        .get(REFERENCE + "codelists/sector")
        .then()
        .statusCode(200)
        .body("total", equalTo(295))
        .body("items.code", hasItems("14010", "41010"));
    asViewer()
        .get(REFERENCE + "codelists/currency")
        .then()
        .statusCode(200)
        .body("items.code", hasItems("USD", "KZT", "UZS", "AFN"))
        .body("items.find { it.code == 'KZT' }.name.ru", equalTo("Тенге"));
  }

  @Test
  void aGoalThatIsNotOneOfTheSeventeenIsA400NamingGoal() {
    for (String goal : List.of("0", "18", "06", "six", "6.4")) {
      invalid(asViewer().queryParam("goal", goal).get(REFERENCE + "sdg-targets"), "goal");
      invalid(asViewer().queryParam("goal", goal).get(REFERENCE + "sdg-indicators"), "goal");
    }
  }

  @Test
  void aTargetThatIsUnknownOrOfAnotherGoalIsA400NamingTarget() {
    invalid(asViewer().queryParam("target", "6.9").get(REFERENCE + "sdg-indicators"), "target");
    invalid(asViewer().queryParam("target", "6.A").get(REFERENCE + "sdg-indicators"), "target");
    invalid(
            asViewer()
                .queryParam("goal", 7)
                .queryParam("target", "6.4")
                .get(REFERENCE + "sdg-indicators"),
            "target")
        .body("errors[0].message", equalTo("is not a target of goal 7"));
  }

  @Test
  void aCountryThatIsNotOneOfTheSixIsA400NamingCountry() {
    for (String country : List.of("XX", "RU", "kz")) {
      invalid(asViewer().queryParam("country", country).get(REFERENCE + "admin-areas"), "country")
          .body("errors[0].message", equalTo("must be one of AF, KG, KZ, TJ, TM, UZ"));
    }
  }

  @Test
  void anUnknownCodeListIsA404NamingTheKnownOnes() {
    asViewer()
        .get(REFERENCE + "codelists/transaction-type")
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo("https://sdghub.org/problems/not-found"))
        .body("detail", containsString("'transaction-type'"))
        .body("detail", containsString("activity-status, organisation-role, sector, currency"));
  }

  @Test
  void everyAuthenticatedCallerReadsAndNobodyElse() {
    for (Role role : Role.values()) {
      as(role).get(REFERENCE + "countries").then().statusCode(200);
    }
    given()
        .get(REFERENCE + "countries")
        .then()
        .statusCode(401)
        .contentType(PROBLEM_JSON)
        .body("status", equalTo(401));
    given()
        .header("Authorization", TestTokens.signedWithAnotherKey(UUID.randomUUID(), Role.VIEWER))
        .get(REFERENCE + "sdg-goals")
        .then()
        .statusCode(401)
        .contentType(PROBLEM_JSON);
  }

  @Test
  void listsCarryAnETagThatAnswers304WhileTheyAreUnchanged() {
    Response first = asViewer().queryParam("country", "KZ").get(REFERENCE + "admin-areas");
    first.then().statusCode(200).header("Cache-Control", containsString("max-age=3600"));
    String etag = first.header("ETag");

    Response again =
        asViewer()
            .queryParam("country", "KZ")
            .header("If-None-Match", etag)
            .get(REFERENCE + "admin-areas");
    again.then().statusCode(304).header("ETag", equalTo(etag));
    assertEquals("", again.asString(), "a 304 has no body");

    String other =
        asViewer().queryParam("country", "UZ").get(REFERENCE + "admin-areas").header("ETag");
    assertNotEquals(etag, other, "another list, another tag");
    asViewer()
        .queryParam("country", "UZ")
        .header("If-None-Match", etag)
        .get(REFERENCE + "admin-areas")
        .then()
        .statusCode(200)
        .body("total", equalTo(14));
  }

  private static ValidatableResponse invalid(Response response, String field) {
    return response
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(INVALID_INPUT))
        .body("errors.field", contains(field));
  }

  private static RequestSpecification asViewer() {
    return as(Role.VIEWER);
  }

  private static RequestSpecification as(Role role) {
    return given().header("Authorization", TestTokens.forOrganisation(UUID.randomUUID(), role));
  }

  private static Integer[] range(int from, int to) {
    return IntStream.rangeClosed(from, to).boxed().toArray(Integer[]::new);
  }
}
