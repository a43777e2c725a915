package org.sdghub.partners.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.partners.Profiles;
import org.sdghub.partners.Rows;
import org.sdghub.platform.Role;

/**
 * Partners propose organisations the registry lacks: usable at once, marked as proposed, reviewed
 * by coordinators in a queue with their duplicate candidates, and confirmed.
 */
@QuarkusTest
class ProposalApiTest {

  static final String PROPOSALS = ORGANISATIONS + "/proposals";

  @Inject Rows rows;

  @Test
  void partnersProposalIsActiveAtOnceAndNamesItsProposer() {
    UUID partner = UUID.randomUUID();
    String id = propose(partner, Profiles.unique());

    asViewer()
        .get(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("active"))
        .body("proposedBy", equalTo(partner.toString()))
        .body("mergedInto", nullValue());
    assertEquals(Optional.of(partner.toString()), rows.proposedByOf(id));
  }

  @Test
  void coordinatorsRegistrationIsConfirmedAtOnce() {
    String id = register(Profiles.unique());

    asViewer()
        .get(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(200)
        .body("proposedBy", nullValue())
        .body("formerIdentifiers", equalTo(List.of()));
  }

  @Test
  void donorsAndViewersCannotProposeAndNothingIsWritten() {
    Map<String, Object> profile = Profiles.unique();
    for (Role role : new Role[] {Role.DONOR, Role.VIEWER}) {
      as(UUID.randomUUID(), role)
          .body(profile)
          .post(ORGANISATIONS)
          .then()
          .statusCode(403)
          .contentType(PROBLEM_JSON);
    }
    assertEquals(0, rows.organisationsWithIdentifier((String) profile.get("identifier")));
  }

  @Test
  void proposalFollowsTheDuplicateRulesAndAPartnerCannotOverrideThem() {
    Map<String, Object> registered = Profiles.unique();
    String existing = register(registered);
    Map<String, Object> again = Profiles.unique();
    again.put("identifier", registered.get("identifier"));
    UUID partner = UUID.randomUUID();

    as(partner, Role.PARTNER)
        .body(again)
        .post(ORGANISATIONS)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "duplicate"))
        .body("existing", equalTo(existing));
    as(partner, Role.PARTNER)
        .queryParam("allowDuplicateOf", existing)
        .body(again)
        .post(ORGANISATIONS)
        .then()
        .statusCode(403);
    assertEquals(0, rows.organisationsNamed((String) Profiles.name(again).get("en")));
  }

  @Test
  void proposalIsValidatedLikeAnyProfile() {
    Map<String, Object> profile = Profiles.unique();
    profile.put("headquartersCountry", "XX");

    as(UUID.randomUUID(), Role.PARTNER)
        .body(profile)
        .post(ORGANISATIONS)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("headquartersCountry"));
    assertEquals(0, rows.organisationsNamed((String) Profiles.name(profile).get("en")));
  }

  @Test
  void partnerEditsItsOwnProposalIdentityIncludedButNoOtherPartnerDoes() {
    UUID partner = UUID.randomUUID();
    Map<String, Object> profile = Profiles.unique();
    String id = propose(partner, profile);
    profile.put("kind", "ngo");
    profile.put("type", "22");

    as(partner, Role.PARTNER)
        .header("If-Match", "\"0\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(200)
        .body("kind", equalTo("ngo"))
        .body("proposedBy", equalTo(partner.toString()));

    String before = rows.stateOf(id);
    profile.put("website", "https://example.org/taken-over");
    as(UUID.randomUUID(), Role.PARTNER)
        .header("If-Match", "\"1\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(403)
        .contentType(PROBLEM_JSON);
    as(partner, Role.DONOR)
        .header("If-Match", "\"1\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(403);
    assertEquals(before, rows.stateOf(id));
    assertEquals(2, rows.outboxRowsOf(id), "created and the proposer's update only");
  }

  @Test
  void proposerNoLongerEditsOnceConfirmed() {
    UUID partner = UUID.randomUUID();
    Map<String, Object> profile = Profiles.unique();
    String id = propose(partner, profile);
    confirm(id, "\"0\"").then().statusCode(200);
    profile.put("website", "https://example.org/after-confirmation");

    as(partner, Role.PARTNER)
        .header("If-Match", "\"1\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(403);
    assertEquals("ACTIVE@1 proposedBy=- mergedInto=- aliases=1 former=0", rows.stateOf(id));
  }

  @Test
  void coordinatorEditsAProposalLikeAnyOtherAndItStaysProposed() {
    UUID partner = UUID.randomUUID();
    Map<String, Object> profile = Profiles.unique();
    String id = propose(partner, profile);
    profile.put("website", "https://example.org/corrected");

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(profile)
        .put(ORGANISATIONS + "/" + id)
        .then()
        .statusCode(200)
        .body("website", equalTo("https://example.org/corrected"))
        .body("proposedBy", equalTo(partner.toString()));
  }

  @Test
  void partnerHasAtMostTheConfiguredNumberOfOpenProposals() {
    UUID partner = UUID.randomUUID();
    // %test.sdghub.partners.proposals.max-open-per-partner=3
    List<String> open = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      open.add(propose(partner, Profiles.unique()));
    }
    Map<String, Object> oneMore = Profiles.unique();

    as(partner, Role.PARTNER)
        .body(oneMore)
        .post(ORGANISATIONS)
        .then()
        .statusCode(409)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(PROBLEMS + "too-many-proposals"))
        .body("limit", equalTo(3));
    assertEquals(0, rows.organisationsNamed((String) Profiles.name(oneMore).get("en")));

    confirm(open.get(0), "\"0\"").then().statusCode(200);
    propose(partner, oneMore);
  }

  @Test
  void queueListsOpenProposalsOldestFirstWithTheirDuplicateCandidates() {
    String token = Profiles.token();
    String registered = register(ngo("Aral Sea Women Artisans Union " + token));
    UUID partner = UUID.randomUUID();
    String first = propose(partner, ngo("Women Artisans Union of the Aral Sea " + token));
    String second = propose(partner, Profiles.unique());

    List<Map<String, Object>> queue = wholeQueue();
    List<String> ids = queue.stream().map(p -> (String) organisationOf(p).get("id")).toList();

    assertTrue(ids.indexOf(first) >= 0 && ids.indexOf(first) < ids.indexOf(second), ids.toString());
    assertTrue(!ids.contains(registered), "a coordinator's registration is not a proposal");
    Map<String, Object> proposal = queue.get(ids.indexOf(first));
    assertEquals(partner.toString(), organisationOf(proposal).get("proposedBy"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> candidates =
        (List<Map<String, Object>>) proposal.get("duplicateCandidates");
    assertEquals(registered, candidates.get(0).get("id"));
    @SuppressWarnings("unchecked")
    Map<String, Object> reason =
        ((List<Map<String, Object>>) candidates.get(0).get("reasons")).get(0);
    assertEquals("similar-name", reason.get("rule"));
    assertTrue(((Number) reason.get("score")).doubleValue() >= 0.5, reason.toString());
  }

  @Test
  void confirmedProposalLeavesTheQueue() {
    String id = propose(UUID.randomUUID(), Profiles.unique());

    confirm(id, "\"0\"")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("proposedBy", nullValue())
        .body("version", equalTo(1));

    assertTrue(
        wholeQueue().stream().noneMatch(p -> id.equals(organisationOf(p).get("id"))),
        "confirmed proposals are no longer listed");
  }

  @Test
  void onlyCoordinatorsSeeTheQueue() {
    for (Role role : new Role[] {Role.PARTNER, Role.DONOR, Role.VIEWER}) {
      as(UUID.randomUUID(), role).get(PROPOSALS).then().statusCode(403).contentType(PROBLEM_JSON);
    }
  }

  @Test
  void onlyCoordinatorsConfirmAndNothingIsWrittenOnRefusal() {
    UUID partner = UUID.randomUUID();
    String id = propose(partner, Profiles.unique());
    String before = rows.stateOf(id);

    for (Role role : new Role[] {Role.PARTNER, Role.DONOR, Role.VIEWER}) {
      as(partner, role)
          .header("If-Match", "\"0\"")
          .post(ORGANISATIONS + "/" + id + "/confirm")
          .then()
          .statusCode(403);
    }
    confirm(id, "\"7\"").then().statusCode(412);
    asCoordinator().post(ORGANISATIONS + "/" + id + "/confirm").then().statusCode(428);

    assertEquals(before, rows.stateOf(id));
    assertEquals(1, rows.outboxRowsOf(id), "only the created event");
  }

  @Test
  void confirmingWhatIsNotAProposalAnswers409() {
    String registered = register(Profiles.unique());

    confirm(registered, "\"0\"")
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "not-a-proposal"));
    asCoordinator()
        .header("If-Match", "\"0\"")
        .post(ORGANISATIONS + "/" + UUID.randomUUID() + "/confirm")
        .then()
        .statusCode(404);
    assertEquals(1, rows.outboxRowsOf(registered));
  }

  /** Proposes the organisation as a partner of {@code partner}; answers its id. */
  static String propose(UUID partner, Map<String, Object> profile) {
    return as(partner, Role.PARTNER)
        .body(profile)
        .post(ORGANISATIONS)
        .then()
        .statusCode(201)
        .body("proposedBy", equalTo(partner.toString()))
        .extract()
        .path("id");
  }

  static Response confirm(String id, String ifMatch) {
    return asCoordinator().header("If-Match", ifMatch).post(ORGANISATIONS + "/" + id + "/confirm");
  }

  /** A profile of a Kazakh NGO with this English name and no identifier or acronym. */
  static Map<String, Object> ngo(String en) {
    Map<String, Object> profile = Profiles.unique();
    profile.remove("identifier");
    profile.remove("acronym");
    profile.put("aliases", new ArrayList<>());
    profile.put("name", new LinkedHashMap<>(Map.of("en", en)));
    profile.put("type", "22");
    profile.put("kind", "ngo");
    profile.put("headquartersCountry", "KZ");
    return profile;
  }

  private static List<Map<String, Object>> wholeQueue() {
    List<Map<String, Object>> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      List<Map<String, Object>> items =
          asCoordinator()
              .queryParam("page", page)
              .queryParam("size", 100)
              .get(PROPOSALS)
              .then()
              .statusCode(200)
              .extract()
              .path("items");
      all.addAll(items);
      if (items.size() < 100) {
        return all;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> organisationOf(Map<String, Object> proposal) {
    return (Map<String, Object>) proposal.get("organisation");
  }
}
