package org.sdghub.gateway.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.gateway.support.CraftedEvents;
import org.sdghub.gateway.support.Region;
import org.sdghub.gateway.support.ThreeW;
import org.sdghub.platform.testing.EventSender;
import org.sdghub.platform.testing.Eventually;
import org.sdghub.platform.testing.Management;

/**
 * Replaying the topics from the beginning rebuilds the read model identically, stale and repeated
 * events included; only coordinators may ask for it. Freshness shows in health and metrics.
 */
@QuarkusTest
class ReadModelRebuildTest {

  private static final String STATE =
      "SELECT concat_ws('|', o.id, o.version, o.name_en, o.names, o.kind, o.type, o.archived)"
          + " FROM www_organisation o UNION ALL SELECT concat_ws('|', p.id, p.version, p.deleted,"
          + " p.status, p.start_date, p.end_date, p.budget_usd, p.title, p.budget_date,"
          + " p.budget_rate, p.budget_rate_date, p.budget_rate_source, p.committed_usd,"
          + " p.disbursed_usd) FROM www_project p UNION ALL SELECT concat_ws('|', r.project_id,"
          + " r.country, r.admin_area, r.location_name, r.lat, r.lon, r.sdg_goal, r.sdg_target,"
          + " r.organisation_id, r.role, r.status, r.country_share, r.budget_usd, r.committed_usd,"
          + " r.disbursed_usd) FROM www_row r UNION ALL SELECT concat_ws('|', t.id, t.version,"
          + " t.status, t.usd_amount) FROM www_transaction t UNION ALL SELECT concat_ws('|',"
          + " x.currency, x.date, x.version, x.units_per_usd) FROM www_exchange_rate x UNION ALL"
          + " SELECT concat_ws('|', topic, last_event_time) FROM read_model_position ORDER BY 1";

  @Inject AgroalDataSource dataSource;

  @Test
  void replayingTheTopicsRebuildsIdenticalResults() throws SQLException {
    Region.Agency agency = Region.organisation();
    Region.create(Region.project(agency));
    UUID crafted = UUID.randomUUID();
    CraftedEvents.Transaction commitment =
        new CraftedEvents.Transaction(
            UUID.randomUUID(),
            0,
            "2",
            crafted,
            UUID.randomUUID(),
            agency.id(),
            "400000.00",
            "2025-03-01",
            "active");
    try (EventSender sender = EventSender.toApplicationBroker()) {
      // Funding first, before its project; then a newer state, then the older one again (stale).
      sender.send(CraftedEvents.FUNDING, CraftedEvents.transaction("recorded", commitment));
      sender.send(
          CraftedEvents.FUNDING,
          CraftedEvents.transaction("withdrawn", commitment.at(1, "withdrawn")));
      sender.send(CraftedEvents.FUNDING, CraftedEvents.transaction("recorded", commitment));
      CraftedEvents.Transaction kept =
          new CraftedEvents.Transaction(
              UUID.randomUUID(),
              0,
              "3",
              crafted,
              UUID.randomUUID(),
              agency.id(),
              "150000.00",
              "2025-03-01",
              "active");
      sender.send(CraftedEvents.FUNDING, CraftedEvents.transaction("recorded", kept));
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "created", crafted, 0, agency.id(), "implementation", List.of("6.1")));
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "updated", crafted, 2, agency.id(), "implementation", List.of("6.2")));
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project("updated", crafted, 1, agency.id(), "suspended", List.of("6.3")));
    }
    ThreeW.awaitAnswer(
        Map.of("organisation", agency.toString()),
        a ->
            a.getInt("total") == 2
                && a.getList("items.sdgTargets.flatten()").contains("6.2")
                && a.getList("items.disbursedUsd").contains(150000.0f));
    awaitNoLag();
    List<String> before = state();
    Map<String, Object> groupedBefore = grouped(agency);

    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .post(ThreeW.PATH + "/rebuild")
        .then()
        .statusCode(200)
        .body("events", greaterThan(3))
        .body("topics", hasItem("sdghub.projects.v1"));

    assertFalse(before.isEmpty());
    assertEquals(before, state());
    assertEquals(groupedBefore, grouped(agency));
  }

  @Test
  void onlyACoordinatorMayRebuild() {
    String viewer = ApiKeys.bearer(UUID.randomUUID(), "viewer");
    given()
        .header("Authorization", viewer)
        .when()
        .post(ThreeW.PATH + "/rebuild")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void readinessAndMetricsSayHowCurrentTheReadModelIs() {
    Region.create(Region.project(Region.organisation()));
    awaitNoLag();
    Management.given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'Who-what-where read model' }.status", is("UP"))
        .body(
            "checks.find { it.name == 'Who-what-where read model' }.data.'sdghub.projects.v1.lag'",
            is(0));
    String metrics =
        Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    org.hamcrest.MatcherAssert.assertThat(
        metrics,
        org.hamcrest.Matchers.containsString(
            "sdghub_read_model_lag_messages{topic=\"sdghub.projects.v1\"} 0.0"));
    org.hamcrest.MatcherAssert.assertThat(
        metrics,
        org.hamcrest.Matchers.containsString(
            "sdghub_read_model_age_seconds{topic=\"sdghub.projects.v1\"}"));
  }

  private static void awaitNoLag() {
    Eventually.await(
        Duration.ofSeconds(20),
        "the read model kept lagging",
        () -> {
          JsonPath status =
              given()
                  .header("Authorization", ApiKeys.COORDINATOR)
                  .when()
                  .get(ThreeW.PATH + "/status")
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath();
          return status.getList("topics.lag").stream()
              .allMatch(l -> l != null && ((Number) l).longValue() == 0);
        });
  }

  private static Map<String, Object> grouped(Region.Agency agency) {
    JsonPath answer =
        ThreeW.answer(Map.of("organisation", agency.toString(), "groupBy", "country,sdgTarget"));
    return Map.of("groups", answer.getList("groups"), "asOf", answer.getString("asOf"));
  }

  private List<String> state() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(STATE)) {
      List<String> state = new ArrayList<>();
      while (rows.next()) {
        state.add(rows.getString(1));
      }
      return state;
    }
  }
}
