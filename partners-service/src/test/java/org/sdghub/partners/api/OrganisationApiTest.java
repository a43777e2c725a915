package org.sdghub.partners.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.partners.Requests.ORGANISATIONS;
import static org.sdghub.partners.Requests.asCoordinator;
import static org.sdghub.partners.Requests.asViewer;
import static org.sdghub.partners.Requests.etagOf;
import static org.sdghub.partners.Requests.register;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.partners.Profiles;
import org.sdghub.partners.Rows;

/** Register, read, revise, archive and list organisations: the paths that succeed. */
@QuarkusTest
class OrganisationApiTest {

  @Inject Rows rows;

  @Test
  void coordinatorRegistersAnOrganisationAndEveryoneReadsIt() {
    Map<String, Object> profile = Profiles.unique();
    Profiles.name(profile).put("kk", "Су бағдарламасы");

    Response created = asCoordinator().body(profile).post(ORGANISATIONS);

    created.then().statusCode(201).header("ETag", "\"0\"");
    String id = created.path("id");
    assertEquals(ORGANISATIONS + "/" + id, URI.create(created.header("Location")).getPath());
    asViewer()
        .get(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("identifier", equalTo(profile.get("identifier")))
        .body("name.en", equalTo(Profiles.name(profile).get("en")))
        .body("name.kk", equalTo("Су бағдарламасы"))
        .body("name", not(hasKey("tg")))
        .body("type", equalTo("40"))
        .body("kind", equalTo("un-entity"))
        .body("countries", contains("KG", "KZ", "UZ"))
        .body("status", equalTo("active"))
        .body("aliases", equalTo(profile.get("aliases")))
        .body("version", equalTo(0))
        .body("contacts", nullValue());
    assertEquals(1, rows.organisationsWithIdentifier((String) profile.get("identifier")));
  }

  @Test
  void anOrganisationWithoutAnIdentifierIsRegisteredAndGivenOneLater() {
    Map<String, Object> profile = Profiles.unique();
    String identifier = (String) profile.remove("identifier");

    Response created = asCoordinator().body(profile).post(ORGANISATIONS);

    created.then().statusCode(201).body("identifier", nullValue());
    String id = created.path("id");
    profile.put("identifier", "");
    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("identifier", nullValue());
    profile.put("identifier", identifier);
    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(200)
        .body("identifier", equalTo(identifier));
    assertEquals(1, rows.organisationsWithIdentifier(identifier));
  }

  @Test
  void updateWithTheCurrentETagReplacesTheProfileAndBumpsTheVersion() {
    Map<String, Object> profile = Profiles.unique();
    String id = register(profile);
    profile.put("website", "https://example.org/new");
    profile.put("acronym", null);

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("website", equalTo("https://example.org/new"))
        .body("acronym", nullValue())
        .body("version", equalTo(1));
  }

  @Test
  void updateThatChangesNothingKeepsTheVersion() {
    Map<String, Object> profile = Profiles.unique();
    String id = register(profile);

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"");
  }

  @Test
  void archivedOrganisationStaysReadableButNoLongerChanges() {
    Map<String, Object> profile = Profiles.unique();
    String id = register(profile);

    asCoordinator()
        .header("If-Match", "\"0\"")
        .post(ORGANISATIONS + "/" + id + "/archive")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("status", equalTo("archived"));

    asViewer()
        .get(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("archived"));
    asCoordinator()
        .header("If-Match", "\"1\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(409)
        .body("type", equalTo("https://sdghub.org/problems/organisation-archived"));
    asCoordinator()
        .header("If-Match", "\"1\"")
        .post(ORGANISATIONS + "/" + id + "/archive")
        .then()
        .statusCode(409);
  }

  @Test
  void unknownOrganisationAnswers404Problem() {
    asViewer()
        .get(ORGANISATIONS + "/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("https://sdghub.org/problems/organisation-not-found"));
  }

  @Test
  void listFiltersByKindTypeCountryAndStatus() {
    String token = Profiles.token();
    Map<String, Object> bank = Profiles.unique();
    Profiles.name(bank).put("en", "Development Bank " + token);
    bank.put("kind", "development-bank");
    bank.put("headquartersCountry", "PH");
    bank.put("countries", List.of("TJ"));
    String bankId = register(bank);
    Map<String, Object> ngo = Profiles.unique();
    Profiles.name(ngo).put("en", "Mountain Villages " + token);
    ngo.put("kind", "ngo");
    ngo.put("type", "22");
    ngo.put("headquartersCountry", "TJ");
    String ngoId = register(ngo);

    List<String> inTajikistan = ids(asViewer().queryParam("country", "TJ").queryParam("q", token));
    assertEquals(
        List.of(bankId, ngoId).stream().sorted().toList(), inTajikistan.stream().sorted().toList());
    assertEquals(List.of(ngoId), ids(asViewer().queryParam("kind", "ngo").queryParam("q", token)));
    assertEquals(List.of(ngoId), ids(asViewer().queryParam("type", "22").queryParam("q", token)));
    assertEquals(
        List.of(), ids(asViewer().queryParam("status", "archived").queryParam("q", token)));
  }

  @Test
  void searchMatchesAnyLanguageAliasOrAcronymIgnoringCaseAccentsAndScript() {
    Map<String, Object> profile = Profiles.unique();
    String token = Profiles.token();
    Profiles.name(profile).put("ru", "Министерство водных ресурсов " + token);
    profile.put("aliases", List.of("Société de l'eau " + token));
    String id = register(profile);

    assertEquals(List.of(id), ids(asViewer().queryParam("q", "водных ресурсов " + token)));
    assertEquals(List.of(id), ids(asViewer().queryParam("q", "VODNYKH resursov " + token)));
    assertEquals(List.of(id), ids(asViewer().queryParam("q", "societe de l eau " + token)));
    assertEquals(List.of(id), ids(asViewer().queryParam("q", profile.get("acronym"))));
  }

  @Test
  void listSortsAndPagesStably() {
    String token = Profiles.token();
    for (String letter : List.of("C", "A", "B")) {
      Map<String, Object> profile = Profiles.unique();
      Profiles.name(profile).put("en", letter + " Sorting Test " + token);
      register(profile);
    }

    Response first =
        asViewer()
            .queryParam("q", "sortingtest" + token)
            .queryParam("sort", "name,desc")
            .queryParam("size", 2)
            .get(ORGANISATIONS);
    first
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("size", equalTo(2))
        .body("page", equalTo(0));
    assertEquals(
        List.of("C Sorting Test " + token, "B Sorting Test " + token), first.path("items.name.en"));
    asViewer()
        .queryParam("q", "sortingtest" + token)
        .queryParam("sort", "name,desc")
        .queryParam("size", 2)
        .queryParam("page", 1)
        .get(ORGANISATIONS)
        .then()
        .statusCode(200)
        .body("items.name.en", contains("A Sorting Test " + token));
  }

  @Test
  void updatedSinceReturnsOnlyWhatChangedFromThen() {
    String before = register(Profiles.unique());
    Instant since = Instant.now();
    Map<String, Object> profile = Profiles.unique();
    String after = register(profile);

    List<String> changed =
        asViewer()
            .queryParam("updatedSince", since.toString())
            .queryParam("size", 100)
            .queryParam("sort", "updatedAt,desc")
            .get(ORGANISATIONS)
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertThat(changed, hasItem(after));
    assertThat(changed, not(hasItem(before)));
  }

  @Test
  void badListParametersAnswer400NamingTheParameter() {
    for (String[] bad :
        new String[][] {
          {"kind", "agency"},
          {"type", "99"},
          {"country", "ZZ"},
          {"status", "deleted"},
          {"q", "..."},
          {"updatedSince", "yesterday"},
          {"sort", "website"},
          {"size", "500"}
        }) {
      asViewer()
          .queryParam(bad[0], bad[1])
          .get(ORGANISATIONS)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo(bad[0]));
    }
  }

  @Test
  void eTagOfAReadMatchesTheVersion() {
    String id = register(Profiles.unique());
    assertEquals("\"0\"", etagOf(id));
  }

  private static List<String> ids(RequestSpecification request) {
    return request
        .queryParam("size", 100)
        .get(ORGANISATIONS)
        .then()
        .statusCode(200)
        .extract()
        .path("items.id");
  }
}
