package org.sdghub.partners.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
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
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.partners.Profiles;
import org.sdghub.partners.Rows;
import org.sdghub.platform.Role;

/**
 * A coordinator merges a duplicate into the organisation that survives: the survivor keeps the
 * duplicate's names, identifier and contacts, the duplicate stays readable and points to it.
 */
@QuarkusTest
class MergeApiTest {

  @Inject Rows rows;

  @Test
  void survivorKeepsTheDuplicatesNamesIdentifierAndContacts() {
    Map<String, Object> survivorProfile = Profiles.unique();
    Map<String, Object> duplicateProfile = Profiles.unique();
    String survivor = register(survivorProfile);
    String duplicate = register(duplicateProfile);
    asCoordinator()
        .body(Map.of("name", "Gulnara Abdullaeva", "email", "gulnara@example.org"))
        .post(ORGANISATIONS + "/" + duplicate + "/contacts")
        .then()
        .statusCode(201);

    merge(duplicate, "\"0\"", survivor, "Registered twice by two desks.")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("id", equalTo(duplicate))
        .body("status", equalTo("archived"))
        .body("mergedInto", equalTo(survivor));

    Map<String, Object> names = Profiles.name(duplicateProfile);
    asViewer()
        .get(ORGANISATIONS + "/" + survivor)
        .then()
        .statusCode(200)
        .body("status", equalTo("active"))
        .body("version", equalTo(1))
        .body("mergedInto", nullValue())
        .body(
            "aliases",
            hasItems(
                names.get("en"),
                names.get("ru"),
                duplicateProfile.get("acronym"),
                ((List<?>) duplicateProfile.get("aliases")).get(0)))
        .body("aliases", hasItem(((List<?>) survivorProfile.get("aliases")).get(0)))
        .body("formerIdentifiers", equalTo(List.of(duplicateProfile.get("identifier"))));
    assertEquals(1, rows.contactsOf(survivor), "the contact moved to the survivor");
    assertEquals(0, rows.contactsOf(duplicate));
    assertEquals("Registered twice by two desks.", rows.mergeReasonOf(duplicate).orElseThrow());
  }

  @Test
  void survivorMergedInTurnPassesOnEveryIdentifierAndNameItHeld() {
    Map<String, Object> first = Profiles.unique();
    Map<String, Object> second = Profiles.unique();
    String earlier = register(first);
    String middle = register(second);
    String last = register(Profiles.unique());
    merge(earlier, "\"0\"", middle, "Same organisation.").then().statusCode(200);

    merge(middle, "\"1\"", last, "Same organisation again.").then().statusCode(200);

    asViewer()
        .get(ORGANISATIONS + "/" + last)
        .then()
        .statusCode(200)
        .body(
            "formerIdentifiers",
            equalTo(List.of(second.get("identifier"), first.get("identifier"))))
        .body("aliases", hasItems(Profiles.name(first).get("en"), Profiles.name(second).get("en")));
    asViewer().get(ORGANISATIONS + "/" + earlier).then().body("mergedInto", equalTo(middle));
  }

  @Test
  void organisationsDeclaredDifferentFromTheDuplicateAreDifferentFromTheSurvivor() {
    Map<String, Object> duplicateProfile = Profiles.unique();
    String duplicate = register(duplicateProfile);
    Map<String, Object> namesake = Profiles.unique();
    Profiles.name(namesake).put("ru", Profiles.name(duplicateProfile).get("ru"));
    String different =
        asCoordinator()
            .queryParam("allowDuplicateOf", duplicate)
            .body(namesake)
            .post(ORGANISATIONS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String survivor = register(Profiles.unique());

    merge(duplicate, "\"0\"", survivor, "Same organisation.").then().statusCode(200);

    List<Map<String, Map<String, String>>> pairs =
        asViewer()
            .queryParam("size", 100)
            .get(ORGANISATIONS + "/duplicates")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    assertTrue(
        pairs.stream()
            .noneMatch(
                p ->
                    List.of(survivor, different)
                        .containsAll(List.of(p.get("first").get("id"), p.get("second").get("id")))),
        "the survivor took the duplicate's Russian name, but not its look-alike");
  }

  @Test
  void mergedDuplicateStaysReadableAndPointsToTheSurvivor() {
    String survivor = register(Profiles.unique());
    String duplicate = register(Profiles.unique());
    merge(duplicate, "\"0\"", survivor, "Same organisation.").then().statusCode(200);

    asViewer()
        .get(ORGANISATIONS + "/" + duplicate)
        .then()
        .statusCode(200)
        .body("status", equalTo("archived"))
        .body("mergedInto", equalTo(survivor));
  }

  @Test
  void mergedIdentifierStillRefusesANewRegistration() {
    String survivor = register(Profiles.unique());
    Map<String, Object> duplicateProfile = Profiles.unique();
    String duplicate = register(duplicateProfile);
    merge(duplicate, "\"0\"", survivor, "Same organisation.").then().statusCode(200);
    Map<String, Object> newcomer = Profiles.unique();
    newcomer.put("identifier", duplicateProfile.get("identifier"));

    asCoordinator()
        .body(newcomer)
        .post(ORGANISATIONS)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "duplicate"))
        .body("duplicates.reasons.flatten().rule", hasItem("same-identifier"));
    assertEquals(0, rows.organisationsNamed((String) Profiles.name(newcomer).get("en")));
  }

  @Test
  void mergedNamesStillRefuseANewRegistrationUnderThem() {
    String survivor = register(Profiles.unique());
    Map<String, Object> duplicateProfile = Profiles.unique();
    String duplicate = register(duplicateProfile);
    merge(duplicate, "\"0\"", survivor, "Same organisation.").then().statusCode(200);
    Map<String, Object> newcomer = Profiles.unique();
    Profiles.name(newcomer).put("en", Profiles.name(duplicateProfile).get("en"));

    asCoordinator()
        .body(newcomer)
        .post(ORGANISATIONS)
        .then()
        .statusCode(409)
        .body("duplicates.id", hasItem(survivor));
  }

  @Test
  void mergingIntoItselfAnswers400NamingIntoAndWritesNothing() {
    String id = register(Profiles.unique());
    String before = rows.stateOf(id);

    merge(id, "\"0\"", id, "Oops.")
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors[0].field", equalTo("into"));
    assertUnchanged(id, before, 1);
  }

  @Test
  void mergeNeedsAKnownSurvivorAndAReason() {
    String survivor = register(Profiles.unique());
    String duplicate = register(Profiles.unique());
    String before = rows.stateOf(duplicate);
    String survivorBefore = rows.stateOf(survivor);

    merge(duplicate, "\"0\"", UUID.randomUUID().toString(), "Same organisation.")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("into"));
    merge(duplicate, "\"0\"", survivor, "  ")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    Map<String, Object> noReason = new HashMap<>();
    noReason.put("into", survivor);
    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(noReason)
        .post(ORGANISATIONS + "/" + duplicate + "/merge")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(Map.of("reason", "Same organisation."))
        .post(ORGANISATIONS + "/" + duplicate + "/merge")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("into"));

    assertUnchanged(duplicate, before, 1);
    assertUnchanged(survivor, survivorBefore, 1);
    assertEquals(0, rows.mergesOf(duplicate));
  }

  @Test
  void mergingIntoAnArchivedOrMergedOrganisationAnswers409AndWritesNothing() {
    String archived = register(Profiles.unique());
    asCoordinator()
        .header("If-Match", "\"0\"")
        .post(ORGANISATIONS + "/" + archived + "/archive")
        .then()
        .statusCode(200);
    String finalSurvivor = register(Profiles.unique());
    String merged = register(Profiles.unique());
    merge(merged, "\"0\"", finalSurvivor, "Same organisation.").then().statusCode(200);
    String duplicate = register(Profiles.unique());
    String before = rows.stateOf(duplicate);

    merge(duplicate, "\"0\"", archived, "Same organisation.")
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "merge-target-not-current"))
        .body("field", equalTo("into"));
    merge(duplicate, "\"0\"", merged, "Same organisation.")
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "merge-target-not-current"))
        .body("mergedInto", equalTo(finalSurvivor));

    assertUnchanged(duplicate, before, 1);
    assertEquals("ARCHIVED@1 proposedBy=- mergedInto=- aliases=1 former=0", rows.stateOf(archived));
  }

  @Test
  void mergingAnAlreadyMergedOrganisationAnswers409() {
    String survivor = register(Profiles.unique());
    String other = register(Profiles.unique());
    String duplicate = register(Profiles.unique());
    merge(duplicate, "\"0\"", survivor, "Same organisation.").then().statusCode(200);
    String before = rows.stateOf(duplicate);

    merge(duplicate, "\"1\"", other, "Same organisation.")
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "organisation-merged"))
        .body("mergedInto", equalTo(survivor));
    asCoordinator()
        .header("If-Match", "\"1\"")
        .body(Profiles.unique())
        .put(ORGANISATIONS + "/" + duplicate)
        .then()
        .statusCode(409);

    assertUnchanged(duplicate, before, 2);
    assertUnchanged(other, "ACTIVE@0 proposedBy=- mergedInto=- aliases=1 former=0", 1);
  }

  @Test
  void aMergeThatWouldGiveTheSurvivorMoreAliasesThanARecordHoldsAnswers409() {
    Map<String, Object> crowded = Profiles.unique();
    List<String> aliases = new java.util.ArrayList<>();
    String token = Profiles.token();
    for (int i = 0; i < 50; i++) {
      aliases.add("Alias " + token + " " + (char) ('a' + i / 26) + (char) ('a' + i % 26));
    }
    crowded.put("aliases", aliases);
    String survivor = register(crowded);
    String duplicate = register(Profiles.unique());
    String before = rows.stateOf(duplicate);

    merge(duplicate, "\"0\"", survivor, "Same organisation.")
        .then()
        .statusCode(409)
        .contentType(PROBLEM_JSON)
        .body("limit", equalTo(50))
        .body(
            "detail",
            org.hamcrest.Matchers.containsString(
                "more than the 50 an organisation holds: remove some of its or the duplicate's"
                    + " aliases first."));

    assertUnchanged(duplicate, before, 1);
    assertUnchanged(survivor, "ACTIVE@0 proposedBy=- mergedInto=- aliases=50 former=0", 1);
  }

  @Test
  void onlyCoordinatorsMergeAndNothingIsWrittenOnRefusal() {
    String survivor = register(Profiles.unique());
    String duplicate = register(Profiles.unique());
    String before = rows.stateOf(duplicate);

    for (Role role : new Role[] {Role.PARTNER, Role.DONOR, Role.VIEWER}) {
      as(UUID.fromString(duplicate), role)
          .header("If-Match", "\"0\"")
          .body(Map.of("into", survivor, "reason", "Ours."))
          .post(ORGANISATIONS + "/" + duplicate + "/merge")
          .then()
          .statusCode(403)
          .contentType(PROBLEM_JSON);
    }
    assertUnchanged(duplicate, before, 1);
    assertEquals(0, rows.mergesOf(duplicate));
  }

  @Test
  void staleOrMissingIfMatchRefusesTheMerge() {
    String survivor = register(Profiles.unique());
    String duplicate = register(Profiles.unique());
    String before = rows.stateOf(duplicate);

    merge(duplicate, "\"5\"", survivor, "Same organisation.").then().statusCode(412);
    asCoordinator()
        .body(Map.of("into", survivor, "reason", "Same organisation."))
        .post(ORGANISATIONS + "/" + duplicate + "/merge")
        .then()
        .statusCode(428);
    merge(UUID.randomUUID().toString(), "\"0\"", survivor, "Same organisation.")
        .then()
        .statusCode(404);

    assertUnchanged(duplicate, before, 1);
    assertUnchanged(survivor, rows.stateOf(survivor), 1);
  }

  @Test
  void mergedProposalLeavesTheQueueAndItsProposerNoLongerEditsIt() {
    String survivor = register(Profiles.unique());
    UUID partner = UUID.randomUUID();
    Map<String, Object> profile = Profiles.unique();
    String proposal = ProposalApiTest.propose(partner, profile);

    merge(proposal, "\"0\"", survivor, "Already registered.").then().statusCode(200);

    profile.put("website", "https://example.org/still-mine");
    as(partner, Role.PARTNER)
        .header("If-Match", "\"1\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + proposal)
        .then()
        .statusCode(403);
    List<String> queued =
        asCoordinator()
            .queryParam("size", 100)
            .get(ProposalApiTest.PROPOSALS)
            .then()
            .statusCode(200)
            .extract()
            .path("items.organisation.id");
    assertTrue(!queued.contains(proposal), "a merged proposal is no longer awaiting review");
  }

  static Response merge(String duplicate, String ifMatch, String into, String reason) {
    return asCoordinator()
        .header("If-Match", ifMatch)
        .body(Map.of("into", into, "reason", reason))
        .post(ORGANISATIONS + "/" + duplicate + "/merge");
  }

  private void assertUnchanged(String id, String before, long outboxRows) {
    assertEquals(before, rows.stateOf(id), "nothing written to " + id);
    assertEquals(outboxRows, rows.outboxRowsOf(id), "no event about " + id);
  }
}
