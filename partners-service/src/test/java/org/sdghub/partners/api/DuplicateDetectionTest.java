package org.sdghub.partners.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdghub.partners.Requests.ORGANISATIONS;
import static org.sdghub.partners.Requests.PROBLEMS;
import static org.sdghub.partners.Requests.PROBLEM_JSON;
import static org.sdghub.partners.Requests.as;
import static org.sdghub.partners.Requests.asCoordinator;
import static org.sdghub.partners.Requests.asViewer;
import static org.sdghub.partners.Requests.register;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.partners.Profiles;
import org.sdghub.partners.Rows;
import org.sdghub.platform.Role;

/** The same organisation cannot enter the registry twice without a coordinator saying so. */
@QuarkusTest
class DuplicateDetectionTest {

  private static final String DUPLICATES = ORGANISATIONS + "/duplicates";

  @Inject Rows rows;

  @Test
  void cyrillicNameOfOneMeetsTheLatinSpellingOfTheOther() {
    String token = Profiles.token();
    Map<String, Object> ministry = Profiles.unique();
    Profiles.name(ministry).put("en", "Ministry of Water Resources " + token);
    Profiles.name(ministry).put("ru", "Министерство водных ресурсов " + token);
    ministry.put("kind", "national-government");
    ministry.put("headquartersCountry", "KZ");
    String existing = register(ministry);
    Map<String, Object> again = Profiles.unique();
    Profiles.name(again).put("en", "Ministerstvo vodnykh resursov " + token);
    Profiles.name(again).remove("ru");

    asCoordinator()
        .body(again)
        .post(ORGANISATIONS)
        .then()
        .statusCode(409)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(PROBLEMS + "duplicate"))
        .body("existing", equalTo(existing))
        .body("detail", containsString((String) ministry.get("identifier")))
        .body("duplicates[0].reasons[0].rule", equalTo("same-name"))
        .body("duplicates[0].reasons[0].field", equalTo("name.en"))
        .body("duplicates[0].reasons[0].existingField", equalTo("name.ru"));
    assertEquals(0, rows.organisationsNamed("Ministerstvo vodnykh resursov " + token));
  }

  @Test
  void nameDifferingOnlyInCaseAndPunctuationIsADuplicate() {
    String token = Profiles.token();
    Map<String, Object> foundation = Profiles.unique();
    Profiles.name(foundation).put("en", "Aga Khan Foundation " + token);
    String existing = register(foundation);
    Map<String, Object> again = Profiles.unique();
    Profiles.name(again).put("en", "AGA-KHAN foundation, " + token.toUpperCase() + ".");

    asCoordinator()
        .body(again)
        .post(ORGANISATIONS)
        .then()
        .statusCode(409)
        .body("existing", equalTo(existing))
        .body("duplicates[0].reasons.field", hasItem("name.en"));
  }

  @Test
  void cyrillicAcronymMeetsAnAliasGivenInLatinOrCyrillic() {
    String token = Profiles.token();
    Map<String, Object> undp = Profiles.unique();
    undp.put("aliases", List.of("ПРООН" + token));
    String existing = register(undp);
    Map<String, Object> again = Profiles.unique();
    Profiles.name(again).put("ru", "PROON " + token);

    asCoordinator()
        .body(again)
        .post(ORGANISATIONS)
        .then()
        .statusCode(409)
        .body("existing", equalTo(existing))
        .body("duplicates[0].reasons[0].field", equalTo("name.ru"))
        .body("duplicates[0].reasons[0].existingField", equalTo("aliases[0]"));
  }

  @Test
  void sameAcronymInTheSameCountryIsADuplicateButNotInAnother() {
    Map<String, Object> first = Profiles.unique();
    first.put("headquartersCountry", "KG");
    String existing = register(first);
    String acronym = (String) first.get("acronym");
    Map<String, Object> elsewhere = Profiles.unique();
    elsewhere.put("acronym", acronym.toLowerCase());
    elsewhere.put("headquartersCountry", "TJ");
    register(elsewhere);
    Map<String, Object> same = Profiles.unique();
    same.put("acronym", acronym.toLowerCase());
    same.put("headquartersCountry", "KG");

    asCoordinator()
        .body(same)
        .post(ORGANISATIONS)
        .then()
        .statusCode(409)
        .body("existing", equalTo(existing))
        .body("duplicates[0].reasons[0].rule", equalTo("same-acronym-and-country"));
  }

  @Test
  void identifierInAnotherLetterCaseIsADuplicateNoOneCanOverride() {
    Map<String, Object> first = Profiles.unique();
    String existing = register(first);
    Map<String, Object> same = Profiles.unique();
    String identifier = (String) first.get("identifier");
    same.put("identifier", identifier.substring(0, 7) + identifier.substring(7).toLowerCase());

    asCoordinator()
        .body(same)
        .queryParam("allowDuplicateOf", existing)
        .post(ORGANISATIONS)
        .then()
        .statusCode(409)
        .body("duplicates[0].reasons[0].rule", equalTo("same-identifier"));
    assertEquals(1, rows.organisationsWithIdentifier(identifier));
  }

  @Test
  void organisationsWithoutAnIdentifierAreToldApartByTheirNames() {
    Map<String, Object> ngo = Profiles.unique();
    ngo.remove("identifier");
    Map<String, Object> another = Profiles.unique();
    another.put("identifier", null);

    String first = register(ngo);
    register(another);

    Map<String, Object> again = Profiles.unique();
    again.remove("identifier");
    Profiles.name(again).put("ru", Profiles.name(ngo).get("ru"));
    asCoordinator()
        .body(again)
        .post(ORGANISATIONS)
        .then()
        .statusCode(409)
        .body("existing", equalTo(first))
        .body("duplicates[0].reasons.rule", hasItem("same-name"))
        .body("duplicates[0].reasons.rule", not(hasItem("same-identifier")));
    assertEquals(0, rows.organisationsNamed((String) Profiles.name(again).get("en")));
  }

  @Test
  void coordinatorWhoNamesTheLookalikeRegistersADifferentOrganisation() {
    Map<String, Object> first = Profiles.unique();
    String existing = register(first);
    Map<String, Object> namesake = Profiles.unique();
    Profiles.name(namesake).put("en", Profiles.name(first).get("en"));

    String created =
        asCoordinator()
            .body(namesake)
            .queryParam("allowDuplicateOf", existing)
            .post(ORGANISATIONS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    List<String> pairs = pairsWith(existing);
    assertTrue(!pairs.contains(created), "a pair declared distinct is not a likely duplicate");
  }

  @Test
  void overrideNamingAnOrganisationThatDoesNotLookAlikeAnswers400() {
    String unrelated = register(Profiles.unique());

    asCoordinator()
        .body(Profiles.unique())
        .queryParam("allowDuplicateOf", unrelated)
        .post(ORGANISATIONS)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("allowDuplicateOf"));
  }

  @Test
  void partnerCannotOverrideTheDuplicateCheck() {
    Map<String, Object> first = Profiles.unique();
    String existing = register(first);
    Map<String, Object> mine = Profiles.unique();
    String own = register(mine);
    Profiles.name(mine).put("en", Profiles.name(first).get("en"));

    as(UUID.fromString(own), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .body(mine)
        .put(ORGANISATIONS + "/" + own)
        .then()
        .statusCode(409)
        .body("existing", equalTo(existing));
    as(UUID.fromString(own), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .queryParam("allowDuplicateOf", existing)
        .body(mine)
        .put(ORGANISATIONS + "/" + own)
        .then()
        .statusCode(403);
  }

  @Test
  void renameIntoAnotherOrganisationsNameAnswers409AndChangesNothing() {
    Map<String, Object> first = Profiles.unique();
    register(first);
    Map<String, Object> second = Profiles.unique();
    String id = register(second);
    String before = rows.nameAndVersion(id).orElseThrow();
    Profiles.name(second).put("ru", ((String) Profiles.name(first).get("en")).toUpperCase());

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(second)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(409);
    assertEquals(before, rows.nameAndVersion(id).orElseThrow());
  }

  @Test
  void likelyDuplicatesAlreadyInTheRegistryAreListedWithTheirReasons() {
    Map<String, Object> first = Profiles.unique();
    String existing = register(first);
    Map<String, Object> lookalike = Profiles.unique();
    Profiles.name(lookalike).put("ru", Profiles.name(first).get("ru"));
    String created =
        asCoordinator()
            .body(lookalike)
            .queryParam("allowDuplicateOf", existing)
            .post(ORGANISATIONS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // As if both had been loaded before the duplicate check existed.
    rows.forgetDistinctPairsOf(created);

    List<String> pairs = pairsWith(existing);

    assertEquals(List.of(created), pairs);
    Map<String, Object> pair = pairOf(existing);
    assertEquals(
        List.of(Map.of("rule", "same-name", "firstField", "name.ru", "secondField", "name.ru")),
        pair.get("reasons"));
  }

  @Test
  void unchangedLookalikesDoNotBlockAnUnrelatedUpdate() {
    Map<String, Object> first = Profiles.unique();
    String existing = register(first);
    Map<String, Object> lookalike = Profiles.unique();
    Profiles.name(lookalike).put("ru", Profiles.name(first).get("ru"));
    String created =
        asCoordinator()
            .body(lookalike)
            .queryParam("allowDuplicateOf", existing)
            .post(ORGANISATIONS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    rows.forgetDistinctPairsOf(created);
    lookalike.put("website", "https://example.org/moved");

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(lookalike)
        .put(ORGANISATIONS + "/" + created)
        .then()
        .statusCode(200);
  }

  /** The ids paired with this organisation among the likely duplicates. */
  // Likely duplicates only: other tests' organisations, named alike at random, may also be near
  // matches (similar-name) of these ones.
  @SuppressWarnings("unchecked")
  private static boolean likely(Map<String, ?> pair) {
    List<Map<String, Object>> reasons = (List<Map<String, Object>>) pair.get("reasons");
    return reasons.stream().anyMatch(r -> !"similar-name".equals(r.get("rule")));
  }

  @SuppressWarnings("unchecked")
  private static List<String> pairsWith(String id) {
    List<Map<String, Object>> items =
        asViewer()
            .queryParam("size", 100)
            .get(DUPLICATES)
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    return items.stream()
        .filter(DuplicateDetectionTest::likely)
        .map(
            p ->
                List.of(
                    (Map<String, String>) p.get("first"), (Map<String, String>) p.get("second")))
        .filter(p -> p.get(0).get("id").equals(id) || p.get(1).get("id").equals(id))
        .map(p -> p.get(0).get("id").equals(id) ? p.get(1).get("id") : p.get(0).get("id"))
        .toList();
  }

  private static Map<String, Object> pairOf(String id) {
    List<Map<String, Object>> items =
        asViewer()
            .queryParam("size", 100)
            .get(DUPLICATES)
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    return items.stream()
        .filter(DuplicateDetectionTest::likely)
        .filter(p -> p.toString().contains(id))
        .findFirst()
        .orElseThrow();
  }
}
