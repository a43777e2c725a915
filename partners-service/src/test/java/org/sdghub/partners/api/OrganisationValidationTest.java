package org.sdghub.partners.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.partners.Requests.ORGANISATIONS;
import static org.sdghub.partners.Requests.PROBLEMS;
import static org.sdghub.partners.Requests.PROBLEM_JSON;
import static org.sdghub.partners.Requests.asCoordinator;
import static org.sdghub.partners.Requests.register;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sdghub.partners.Profiles;
import org.sdghub.partners.Rows;

/** Every rule of a profile answers 400 naming the field, and writes nothing. */
@QuarkusTest
class OrganisationValidationTest {

  @Inject Rows rows;

  @Test
  void unknownIdentifierPrefixAnswers400AndWritesNothing() {
    refused(p -> p.put("identifier", "XX-NOPE-12345"), "identifier");
    refused(p -> p.put("identifier", "XM-DAC"), "identifier");
  }

  @Test
  void identifierWithSpacesAnswers400() {
    refused(p -> p.put("identifier", "XM-DAC-411 14"), "identifier");
  }

  @Test
  void unknownOrganisationTypeAnswers400AndWritesNothing() {
    refused(p -> p.put("type", "41"), "type");
    refused(p -> p.put("type", "Multilateral"), "type");
  }

  @Test
  void unknownKindAnswers400AndWritesNothing() {
    refused(p -> p.put("kind", "agency"), "kind");
  }

  @Test
  void badCountryAnswers400AndWritesNothing() {
    refused(p -> p.put("headquartersCountry", "XX"), "headquartersCountry");
    refused(p -> p.put("headquartersCountry", "kz"), "headquartersCountry");
    refused(p -> p.put("countries", List.of("KZ", "ZZ")), "countries[1]");
  }

  @Test
  void missingEnglishNameAnswers400AndWritesNothing() {
    refused(p -> Profiles.name(p).remove("en"), "name.en");
    refused(p -> Profiles.name(p).put("en", "  "), "name.en");
  }

  @Test
  void nameInALanguageSdgHubDoesNotServeAnswers400() {
    refused(p -> Profiles.name(p).put("de", "Wasserprogramm"), "name.de");
  }

  @Test
  void oversizedFieldsAnswer400AndWriteNothing() {
    refused(p -> Profiles.name(p).put("ru", "я".repeat(301)), "name.ru");
    refused(p -> p.put("acronym", "A".repeat(31)), "acronym");
    refused(p -> p.put("identifier", "XM-DAC-" + "1".repeat(150)), "identifier");
    refused(p -> p.put("website", "https://example.org/" + "a".repeat(500)), "website");
    refused(p -> p.put("aliases", List.of("a".repeat(301))), "aliases[0]");
  }

  @Test
  void websiteThatIsNotAnHttpUrlAnswers400() {
    refused(p -> p.put("website", "ftp://example.org"), "website");
    refused(p -> p.put("website", "not a url"), "website");
  }

  @Test
  void everyBrokenRuleIsNamedInOneAnswer() {
    Map<String, Object> profile = Profiles.unique();
    profile.put("identifier", "XX-NOPE-1");
    profile.put("type", "41");
    profile.put("headquartersCountry", "ZZ");

    asCoordinator()
        .body(profile)
        .post(ORGANISATIONS)
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("identifier", "type", "headquartersCountry")));
  }

  @Test
  void malformedJsonAndWrongTypesAnswer400() {
    asCoordinator().body("{\"identifier\": ").post(ORGANISATIONS).then().statusCode(400);
    Map<String, Object> profile = Profiles.unique();
    profile.put("countries", "KZ");
    asCoordinator()
        .body(profile)
        .post(ORGANISATIONS)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("countries"));
  }

  @Test
  void invalidUpdateAnswers400AndLeavesTheRowAsItWas() {
    Map<String, Object> profile = Profiles.unique();
    String id = register(profile);
    String before = rows.nameAndVersion(id).orElseThrow();
    Profiles.name(profile).put("en", "Renamed");
    profile.put("headquartersCountry", "XX");

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("headquartersCountry"));
    assertEquals(before, rows.nameAndVersion(id).orElseThrow());
  }

  private void refused(Consumer<Map<String, Object>> breaking, String field) {
    Map<String, Object> profile = Profiles.unique();
    String english = (String) Profiles.name(profile).get("en");
    breaking.accept(profile);

    asCoordinator()
        .body(profile)
        .post(ORGANISATIONS)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(PROBLEMS + "invalid-input"))
        .body("errors.field", hasItem(field));
    assertEquals(
        0, rows.organisationsNamed(english), "nothing is written when " + field + " is bad");
  }
}
