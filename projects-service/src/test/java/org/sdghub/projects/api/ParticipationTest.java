package org.sdghub.projects.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.projects.Projects.map;
import static org.sdghub.projects.Requests.PROBLEM_JSON;
import static org.sdghub.projects.Requests.PROJECTS;
import static org.sdghub.projects.Requests.as;
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
import org.sdghub.platform.Role;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Rows;

/**
 * Every organisation listed in a project other than its reporter confirms or declines its listing
 * (declining with a note); reads carry each listing's answer, and a declined listing is not the
 * organisation's work. Only the organisation itself, or a coordinator, answers for it.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class ParticipationTest {

  @Inject Rows rows;

  /** A project reported by {@code reporter}, with a ministry accountable and a donor funding. */
  private record Listed(
      String id,
      Map<String, Object> body,
      Organisations.Known reporter,
      Organisations.Known ministry,
      Organisations.Known donor) {}

  private static Listed listed() {
    Organisations.Known reporter = Organisations.known();
    Organisations.Known ministry = Organisations.known();
    Organisations.Known donor = Organisations.known();
    Map<String, Object> body = Projects.valid(reporter);
    Projects.element(body, "participatingOrganisations", 0).put("role", "implementing");
    List<Object> participants = (List<Object>) body.get("participatingOrganisations");
    participants.add(map("organisationId", ministry.id().toString(), "role", "accountable"));
    participants.add(map("organisationId", donor.id().toString(), "role", "funding"));
    return new Listed(create(body), body, reporter, ministry, donor);
  }

  private static ValidatableResponse answer(
      Organisations.Known who, Role role, String id, String etag, Map<String, Object> answer) {
    return as(who.id(), role)
        .header("If-Match", etag)
        .body(answer)
        .post(project(id) + "/participation")
        .then();
  }

  @Test
  void aNewProjectsListingsAreUnconfirmedButTheReportersOwn() {
    Listed p = listed();

    asViewer()
        .get(project(p.id()))
        .then()
        .statusCode(200)
        .body(
            "participatingOrganisations.confirmation",
            contains("confirmed", "unconfirmed", "unconfirmed"))
        .body("participatingOrganisations.confirmationNote", contains(null, null, null));
  }

  @Test
  void theListedMinistryConfirmsItsOwnListing() {
    Listed p = listed();

    answer(p.ministry(), Role.PARTNER, p.id(), "\"0\"", map("answer", "confirmed"))
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("version", equalTo(1))
        .body(
            "participatingOrganisations.confirmation",
            contains("confirmed", "confirmed", "unconfirmed"));
    assertEquals(2, rows.outboxRowsOf(p.id()), "the answer is published");
    asViewer()
        .get(project(p.id()) + "/history")
        .then()
        .body("items[1].organisationId", equalTo(p.ministry().id().toString()))
        .body("items[1].event", equalTo("org.sdghub.project.updated.v1"));
  }

  @Test
  void aDonorConfirmsItsFundingListing() {
    Listed p = listed();

    answer(
            p.donor(),
            Role.DONOR,
            p.id(),
            "\"0\"",
            map("role", "funding", "answer", "confirmed", "note", "Grant 2024/117"))
        .statusCode(200)
        .body("participatingOrganisations[2].confirmation", equalTo("confirmed"))
        .body("participatingOrganisations[2].confirmationNote", equalTo("Grant 2024/117"));
  }

  @Test
  void aDeclineNeedsANoteAndWritesNothingWithout() {
    Listed p = listed();
    String before = rows.stateOf(p.id()).orElseThrow();

    answer(p.donor(), Role.DONOR, p.id(), "\"0\"", map("answer", "declined", "note", "  "))
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors[0].field", equalTo("note"))
        .body(
            "errors[0].message",
            equalTo("is required to decline: say why the organisation does not take part so"));
    assertEquals(before, rows.stateOf(p.id()).orElseThrow());
    assertEquals(1, rows.outboxRowsOf(p.id()));
  }

  @Test
  void aDeclinedListingStaysVisibleButIsNotTheOrganisationsWork() {
    Listed p = listed();
    asViewer()
        .queryParam("organisation", p.donor().id())
        .get(PROJECTS)
        .then()
        .body("items.id", contains(p.id()));

    answer(
            p.donor(),
            Role.DONOR,
            p.id(),
            "\"0\"",
            map("answer", "declined", "note", "We fund the 2025 phase only"))
        .statusCode(200)
        .body("participatingOrganisations[2].confirmation", equalTo("declined"))
        .body(
            "participatingOrganisations[2].confirmationNote",
            equalTo("We fund the 2025 phase only"));

    asViewer()
        .queryParam("organisation", p.donor().id())
        .get(PROJECTS)
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    asViewer()
        .queryParam("organisation", p.ministry().id())
        .get(PROJECTS)
        .then()
        .body("items.id", contains(p.id()));
  }

  @Test
  void anAnswerIsTakenBackAsUnconfirmed() {
    Listed p = listed();
    answer(p.ministry(), Role.PARTNER, p.id(), "\"0\"", map("answer", "declined", "note", "No"))
        .statusCode(200);

    answer(p.ministry(), Role.PARTNER, p.id(), "\"1\"", map("answer", "unconfirmed"))
        .statusCode(200)
        .body("participatingOrganisations[1].confirmation", equalTo("unconfirmed"))
        .body("participatingOrganisations[1].confirmationNote", nullValue());
  }

  @Test
  void theSameAnswerAgainChangesNothing() {
    Listed p = listed();
    answer(p.ministry(), Role.PARTNER, p.id(), "\"0\"", map("answer", "confirmed")).statusCode(200);

    answer(p.ministry(), Role.PARTNER, p.id(), "\"1\"", map("answer", "confirmed"))
        .statusCode(200)
        .body("version", equalTo(1));
    assertEquals(2, rows.outboxRowsOf(p.id()));
  }

  @Test
  void noOrganisationAnswersForAnotherButACoordinatorDoes() {
    Listed p = listed();
    String before = rows.stateOf(p.id()).orElseThrow();

    answer(
            p.reporter(),
            Role.PARTNER,
            p.id(),
            "\"0\"",
            map("organisationId", p.ministry().id().toString(), "answer", "confirmed"))
        .statusCode(403)
        .body(
            "detail",
            equalTo("An organisation answers only for its own listings; a coordinator for any."));
    assertEquals(before, rows.stateOf(p.id()).orElseThrow());

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(map("organisationId", p.ministry().id().toString(), "answer", "confirmed"))
        .post(project(p.id()) + "/participation")
        .then()
        .statusCode(200)
        .body("participatingOrganisations[1].confirmation", equalTo("confirmed"));
  }

  @Test
  void viewersDoNotAnswer() {
    Listed p = listed();

    answer(p.ministry(), Role.VIEWER, p.id(), "\"0\"", map("answer", "confirmed")).statusCode(403);
    assertEquals(0L, rows.versionOf(p.id()).orElseThrow());
  }

  @Test
  void onlyListedOrganisationsInTheirListedRolesAnswer() {
    Listed p = listed();
    Organisations.Known stranger = Organisations.known();

    answer(stranger, Role.PARTNER, p.id(), "\"0\"", map("answer", "confirmed"))
        .statusCode(403)
        .body("detail", containsString("not listed in this project"));
    answer(stranger, Role.DONOR, p.id(), "\"0\"", map("role", "funding", "answer", "confirmed"))
        .statusCode(403);
    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(map("organisationId", stranger.id().toString(), "answer", "confirmed"))
        .post(project(p.id()) + "/participation")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("organisationId"))
        .body("errors[0].message", equalTo("is not listed in this project"));
    answer(
            p.donor(),
            Role.DONOR,
            p.id(),
            "\"0\"",
            map("role", "implementing", "answer", "confirmed"))
        .statusCode(400)
        .body("errors[0].field", equalTo("role"))
        .body(
            "errors[0].message",
            equalTo("the organisation is not listed in this project as implementing"));
    answer(p.reporter(), Role.PARTNER, p.id(), "\"0\"", map("answer", "declined", "note", "x"))
        .statusCode(400)
        .body("errors[0].field", equalTo("organisationId"));
    answer(p.ministry(), Role.PARTNER, p.id(), "\"0\"", map("answer", "maybe"))
        .statusCode(400)
        .body("errors[0].field", equalTo("answer"));
    assertEquals(0L, rows.versionOf(p.id()).orElseThrow());
  }

  @Test
  void anAnswerNeedsTheCurrentVersion() {
    Listed p = listed();

    answer(p.ministry(), Role.PARTNER, p.id(), "\"7\"", map("answer", "confirmed")).statusCode(412);
    as(p.ministry().id(), Role.PARTNER)
        .body(map("answer", "confirmed"))
        .post(project(p.id()) + "/participation")
        .then()
        .statusCode(428);
    assertEquals(0L, rows.versionOf(p.id()).orElseThrow());
  }

  @Test
  void theReportersChangesKeepAnswersAndNewListingsStartUnconfirmed() {
    Listed p = listed();
    answer(p.ministry(), Role.PARTNER, p.id(), "\"0\"", map("answer", "confirmed")).statusCode(200);
    Organisations.Known ngo = Organisations.known();
    ((List<Object>) p.body().get("participatingOrganisations"))
        .add(map("organisationId", ngo.id().toString(), "role", "implementing"));
    // What a read returned may be sent back: the answers in it are ignored, not taken.
    Projects.element(p.body(), "participatingOrganisations", 2).put("confirmation", "confirmed");

    as(p.reporter().id(), Role.PARTNER)
        .header("If-Match", "\"1\"")
        .body(p.body())
        .put(project(p.id()))
        .then()
        .statusCode(200)
        .body(
            "participatingOrganisations.confirmation",
            contains("confirmed", "confirmed", "unconfirmed", "unconfirmed"));
  }
}
