package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.gateway.support.CraftedEvents;
import org.sdghub.gateway.support.Region;
import org.sdghub.gateway.support.ThreeW;
import org.sdghub.platform.testing.EventSender;
import org.sdghub.platform.testing.Eventually;

/**
 * Overlaps are found for a crafted pair and not for near misses (another area, dates that do not
 * overlap, the same accountable organisation); a review holds until the reasons change; coverage
 * gaps list the places where a target has no active project.
 */
@QuarkusTest
class CoordinationTest {

  private static final String OVERLAPS = "/api/v1/coordination/overlaps";
  private static final String GAPS = "/api/v1/coordination/gaps";

  /** A project in Gorno-Badakhshan (TJ-GB) from 2024 to 2027, unless changed. */
  private static Consumer<Map<String, Object>> inTajikistan(
      String area, String start, String end, UUID funder) {
    return state -> {
      state.put("recipientCountries", List.of(Region.map("country", "TJ", "percentage", 100)));
      state.put(
          "locations",
          List.of(Region.map("country", "TJ", "adminArea", area, "name", null, "point", null)));
      state.put(
          "dates",
          Region.map(
              "plannedStart", start, "plannedEnd", end, "actualStart", null, "actualEnd", null));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> participants =
          new java.util.ArrayList<>(
              (List<Map<String, Object>>) state.get("participatingOrganisations"));
      participants.add(Region.map("organisationId", funder.toString(), "role", "funding"));
      state.put("participatingOrganisations", participants);
    };
  }

  @Test
  void aCraftedPairIsFoundWithItsReasonsAndNearMissesAreNot() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    UUID funder = UUID.randomUUID();
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    UUID elsewhere = UUID.randomUUID();
    UUID earlier = UUID.randomUUID();
    UUID sameAccountable = UUID.randomUUID();
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "created",
              a,
              0,
              first,
              "implementation",
              List.of("14.c", "14.b"),
              inTajikistan("TJ-GB", "2024-01-01", "2026-12-31", funder)));
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "created",
              b,
              0,
              second,
              "pipeline",
              List.of("14.c"),
              inTajikistan("TJ-GB", "2026-01-01", "2028-12-31", funder)));
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "created",
              elsewhere,
              0,
              UUID.randomUUID(),
              "implementation",
              List.of("14.c"),
              inTajikistan("TJ-SU", "2024-01-01", "2026-12-31", funder)));
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "created",
              earlier,
              0,
              UUID.randomUUID(),
              "implementation",
              List.of("14.c"),
              inTajikistan("TJ-GB", "2019-01-01", "2020-12-31", funder)));
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "created",
              sameAccountable,
              0,
              first,
              "implementation",
              List.of("14.c"),
              // Overlaps the first only (its accountable organisation's), not the second.
              inTajikistan("TJ-GB", "2024-01-01", "2025-06-30", funder)));
    }
    List<String> all =
        List.of(a, b, elsewhere, earlier, sameAccountable).stream().map(UUID::toString).toList();
    ThreeW.awaitAnswer(
        Map.of("sdgTarget", "14.c", "size", "100"), w -> w.getList("items.id").containsAll(all));
    JsonPath found = overlaps(Map.of("sdgTarget", "14.c"));

    assertEquals(1, found.getList("items").size(), found.prettify());
    assertEquals(
        List.of(a.toString(), b.toString()).stream().sorted().toList(),
        found.getList("items[0].projects.id"));
    assertEquals(List.of("14.c"), found.getList("items[0].reasons.sharedTargets"));
    assertEquals(List.of("TJ-GB"), found.getList("items[0].reasons.sharedAreas"));
    assertEquals(365, found.getInt("items[0].reasons.overlapDays"));
    assertEquals("2026-01-01", found.getString("items[0].reasons.overlapFrom"));
    assertEquals(List.of(funder.toString()), found.getList("items[0].reasons.sharedFunders"));
    // 0.4 × 1/2 + 0.3 × 1/1 + 0.2 × 365/1096 + 0.1
    assertEquals(0.667f, found.getFloat("items[0].score"));
    assertEquals(1, found.getList("clusters").size());
    assertNull(found.get("items[0].review"));
  }

  @Test
  void aReviewedPairStaysMarkedUntilAChangeTouchesItsReasons() {
    UUID funder = UUID.randomUUID();
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "created",
              a,
              0,
              first,
              "implementation",
              List.of("15.a", "15.b"),
              inTajikistan("TJ-KT", "2024-01-01", "2026-12-31", funder)));
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "created",
              b,
              0,
              second,
              "implementation",
              List.of("15.a"),
              inTajikistan("TJ-KT", "2024-01-01", "2026-12-31", funder)));
    }
    Map<String, String> mine = Map.of("organisation", first.toString());
    awaitOverlaps(mine, o -> o.getList("items").size() == 1);

    review(a, b, Map.of("verdict", "complementary", "note", "One builds, one trains"))
        .then()
        .statusCode(200)
        .body("review.verdict", org.hamcrest.Matchers.is("complementary"));
    assertEquals("One builds, one trains", overlaps(mine).getString("items[0].review.note"));

    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "updated",
              b,
              1,
              second,
              "implementation",
              List.of("15.a"),
              inTajikistan("TJ-KT", "2024-01-01", "2026-12-31", funder)
                  .andThen(s -> s.put("title", Map.of("en", "Renamed")))));
    }
    JsonPath renamed =
        awaitOverlaps(
            mine,
            o ->
                "Renamed"
                    .equals(o.getString("items[0].projects.find { it.id == '" + b + "' }.title")));
    assertEquals("complementary", renamed.getString("items[0].review.verdict"));

    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "updated",
              b,
              2,
              second,
              "implementation",
              List.of("15.a", "15.b"),
              inTajikistan("TJ-KT", "2024-01-01", "2026-12-31", funder)));
    }
    JsonPath changed =
        awaitOverlaps(mine, o -> o.getList("items[0].reasons.sharedTargets").size() == 2);
    assertNull(changed.get("items[0].review"));
  }

  @Test
  void onlyCoordinatorsReviewAndOnlyPairsThatOverlap() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    review(a, b, Map.of("verdict", "duplicate"))
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    review(a, b, Map.of("verdict", "maybe"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("verdict")));
    given()
        .header("Authorization", ApiKeys.bearer(UUID.randomUUID(), "viewer"))
        .contentType(ContentType.JSON)
        .body(Map.of("verdict", "duplicate"))
        .when()
        .put(OVERLAPS + "/" + a + "/" + b + "/review")
        .then()
        .statusCode(403);
  }

  @Test
  void gapsAreTheTargetsAndPlacesWithoutAnActiveProject() {
    UUID unfunded = UUID.randomUUID();
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "created",
              unfunded,
              0,
              UUID.randomUUID(),
              "implementation",
              List.of("16.a"),
              inTajikistan("TJ-DU", "2024-01-01", "2026-12-31", UUID.randomUUID())));
    }
    JsonPath byArea =
        Eventually.awaitValue(
            Duration.ofSeconds(20),
            "TJ-DU stayed a gap",
            () -> {
              JsonPath gaps = gaps(Map.of("sdgTarget", "16.a", "country", "TJ"));
              return gaps.getList("items.place").contains("TJ-DU")
                  ? Optional.empty()
                  : Optional.of(gaps);
            });
    assertTrue(byArea.getList("items.place").contains("TJ-GB"));
    // Nothing committed to its 1,000,000 USD: all of it is a funding gap.
    assertTrue(byArea.getList("fundingGaps.projects.id").contains(unfunded.toString()));
    assertEquals(
        1000000.0f,
        byArea.getFloat("fundingGaps.projects.find { it.id == '" + unfunded + "' }.gapUsd"));
    JsonPath byCountry = gaps(Map.of("sdgTarget", "16.a", "level", "country"));
    assertEquals(List.of("AF", "KG", "KZ", "TM", "UZ"), byCountry.getList("items.place"));
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .queryParam("level", "village")
        .when()
        .get(GAPS)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("level"));
  }

  private static io.restassured.response.Response review(UUID a, UUID b, Map<String, String> body) {
    return given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put(OVERLAPS + "/" + a + "/" + b + "/review")
        .andReturn();
  }

  private static JsonPath overlaps(Map<String, String> params) {
    return given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .queryParams(params)
        .when()
        .get(OVERLAPS)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath gaps(Map<String, String> params) {
    return given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .queryParams(params)
        .when()
        .get(GAPS)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath awaitOverlaps(Map<String, String> params, Predicate<JsonPath> ok) {
    return Eventually.awaitValue(
        Duration.ofSeconds(20),
        "overlaps never as expected: " + params,
        () -> {
          JsonPath answer = overlaps(params);
          return ok.test(answer) ? Optional.of(answer) : Optional.empty();
        });
  }
}
