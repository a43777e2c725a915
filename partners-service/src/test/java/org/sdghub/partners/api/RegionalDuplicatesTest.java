package org.sdghub.partners.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdghub.partners.Requests.ORGANISATIONS;
import static org.sdghub.partners.Requests.PROBLEMS;
import static org.sdghub.partners.Requests.asCoordinator;
import static org.sdghub.partners.Requests.asViewer;
import static org.sdghub.partners.Requests.register;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdghub.partners.Profiles;
import org.sdghub.partners.Rows;

/**
 * Duplicates as the region writes them: one name in Cyrillic and Latin letters with any apostrophe
 * is refused, a close spelling is offered for review, and namesake government bodies of two
 * countries are different organisations.
 */
@QuarkusTest
class RegionalDuplicatesTest {

  private static final String DUPLICATES = ORGANISATIONS + "/duplicates";

  @Inject Rows rows;

  @Test
  void uzbekNameInCyrillicMeetsItsLatinSpellingWithAnotherApostropheAndAnswers409() {
    String token = Profiles.token();
    Map<String, Object> ministry =
        governmentBody("UZ", "uz", "Oʻzbekiston Respublikasi Sogʻliqni saqlash vazirligi " + token);
    String existing = register(ministry);
    Map<String, Object> again =
        governmentBody("UZ", "uz", "Ўзбекистон Республикаси Соғлиқни сақлаш вазирлиги " + token);

    asCoordinator()
        .body(again)
        .post(ORGANISATIONS)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "duplicate"))
        .body("existing", equalTo(existing))
        .body("duplicates[0].reasons[0].rule", equalTo("same-name"))
        .body("duplicates[0].reasons[0].field", equalTo("name.uz"))
        .body("duplicates[0].reasons[0].existingField", equalTo("name.uz"))
        .body("duplicates[0].reasons[0].score", nullValue());
    assertEquals(0, rows.organisationsNamed((String) Profiles.name(again).get("en")));
  }

  @Test
  void closeSpellingIsRegisteredAndOfferedAsAPossibleDuplicateWithItsScore() {
    String token = Profiles.token();
    Map<String, Object> ministry =
        governmentBody(
            "KZ", "kk", "Қазақстан Республикасы Су ресурстары және ирригация министрлігі " + token);
    String existing = register(ministry);
    // Kazakh written in Latin letters the informal way: zh for ж, ya for я.
    Map<String, Object> close =
        governmentBody(
            "KZ",
            "en",
            "Qazaqstan Respublikasy Su resurstary zhane irrigatsiya ministrligi " + token);

    String created =
        asCoordinator()
            .body(close)
            .post(ORGANISATIONS)
            .then()
            .statusCode(201)
            .body("possibleDuplicates", hasSize(1))
            .body("possibleDuplicates[0].id", equalTo(existing))
            .body("possibleDuplicates[0].reasons[0].rule", equalTo("similar-name"))
            .body("possibleDuplicates[0].reasons[0].field", equalTo("name.en"))
            .body("possibleDuplicates[0].reasons[0].existingField", equalTo("name.kk"))
            .body("possibleDuplicates[0].reasons[0].score", greaterThanOrEqualTo(0.5f))
            .extract()
            .path("id");

    assertEquals(1, rows.organisationsNamed((String) Profiles.name(close).get("en")));
    Map<String, Object> pair = pairOf(existing, created).orElseThrow();
    List<Map<String, Object>> reasons = reasonsOf(pair);
    assertEquals("similar-name", reasons.get(0).get("rule"));
    assertTrue(((Number) reasons.get(0).get("score")).doubleValue() >= 0.5, pair.toString());
    asViewer()
        .get(ORGANISATIONS + "/" + created)
        .then()
        .statusCode(200)
        .body("possibleDuplicates", nullValue());
  }

  @Test
  void coordinatorWhoDeclaresAPossibleDuplicateDifferentTakesItOffTheList() {
    String token = Profiles.token();
    String existing =
        register(governmentBody("KZ", "en", "Kazakhstan Red Crescent Society " + token));

    String created =
        asCoordinator()
            .body(governmentBody("KZ", "en", "Red Crescent Society of Kazakhstan " + token))
            .queryParam("allowDuplicateOf", existing)
            .post(ORGANISATIONS)
            .then()
            .statusCode(201)
            .body("possibleDuplicates", nullValue())
            .extract()
            .path("id");

    assertTrue(pairOf(existing, created).isEmpty(), "a pair declared distinct is not listed");
  }

  @Test
  void ministriesOfHealthOfKazakhstanAndKyrgyzstanAreNotDuplicates() {
    String token = Profiles.token();
    Map<String, Object> kazakhstan =
        governmentBody("KZ", "ru", "Министерство здравоохранения " + token);
    Profiles.name(kazakhstan).put("en", "Ministry of Health " + token);
    String first = register(kazakhstan);
    Map<String, Object> kyrgyzstan =
        governmentBody("KG", "ru", "Министерство здравоохранения " + token);
    Profiles.name(kyrgyzstan).put("en", "Ministry of Health " + token);

    String second =
        asCoordinator()
            .body(kyrgyzstan)
            .post(ORGANISATIONS)
            .then()
            .statusCode(201)
            .body("possibleDuplicates", nullValue())
            .extract()
            .path("id");

    assertTrue(pairOf(first, second).isEmpty(), "namesakes of two countries are not a pair");
    Map<String, Object> kazakhstanAgain =
        governmentBody("KZ", "ru", "Министерство здравоохранения " + token);
    asCoordinator()
        .body(kazakhstanAgain)
        .post(ORGANISATIONS)
        .then()
        .statusCode(409)
        .body("existing", equalTo(first));
  }

  /** A fresh national government body of this country with one name in this language. */
  private static Map<String, Object> governmentBody(String country, String language, String name) {
    Map<String, Object> profile = Profiles.unique();
    profile.remove("identifier");
    profile.remove("acronym");
    profile.put("aliases", List.of());
    profile.put("type", "10");
    profile.put("kind", "national-government");
    profile.put("headquartersCountry", country);
    Profiles.name(profile).remove("ru");
    Profiles.name(profile).put(language, name);
    return profile;
  }

  private static java.util.Optional<Map<String, Object>> pairOf(String one, String other) {
    List<Map<String, Object>> items =
        asViewer()
            .queryParam("size", 100)
            .get(DUPLICATES)
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    return items.stream()
        .filter(p -> p.toString().contains(one) && p.toString().contains(other))
        .findFirst();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> reasonsOf(Map<String, Object> pair) {
    return (List<Map<String, Object>>) pair.get("reasons");
  }
}
