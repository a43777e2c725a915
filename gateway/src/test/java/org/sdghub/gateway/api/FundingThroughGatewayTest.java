package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.gateway.support.CraftedEvents;
import org.sdghub.gateway.support.Region;
import org.sdghub.gateway.support.ThreeW;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.testing.EventSender;
import org.sdghub.platform.testing.Eventually;

/**
 * Money through the gateway with the real funding-service behind it: a project funded in EUR shows
 * the committed, disbursed and gap USD that funding-service reports for it, in every view of the
 * 3W; a flow both sides report counts once, a withdrawal drops out, an event delivered twice or out
 * of order changes nothing, and a rebuild gives the same money.
 */
@QuarkusTest
class FundingThroughGatewayTest {

  private static final Duration KNOWN_WITHIN = Duration.ofSeconds(30);

  @Inject AgroalDataSource dataSource;

  @Test
  void aProjectFundedInEurosShowsTheMoneyFundingServiceCountsInEveryViewOfTheThreeW()
      throws SQLException {
    loadEuroRates();
    Region.Agency agency = Region.organisation();
    Region.Agency donor = Region.organisation("10", "donor-government");
    Map<String, Object> project = Region.project(agency);
    project.put("budget", Region.map("amount", "2000000.00", "currency", "EUR"));
    String id = Region.create(project).path("id");

    // 800,000 EUR at 0.8 per USD: the donor's commitment and the agency's report of it, once.
    record(transaction("outgoing-commitment", id, donor, agency, "800000.00", "2024-03-05"));
    record(transaction("incoming-commitment", id, donor, agency, "800000.00", "2024-03-10"));
    record(transaction("disbursement", id, donor, agency, "400000.00", "2024-03-15"));
    Response withdrawn =
        record(transaction("disbursement", id, donor, agency, "80000.00", "2024-03-20"));
    // Spent by the agency: expended, which is not disbursed.
    record(transaction("expenditure", id, agency, agency, "40000.00", "2024-03-25"));
    withdraw(withdrawn);

    Map<String, String> ours = Map.of("organisation", agency.toString());
    JsonPath listed =
        ThreeW.awaitAnswer(
            ours,
            a ->
                a.getInt("total") == 1
                    && usdIs(a, "items[0].committedUsd", "1000000")
                    && usdIs(a, "items[0].disbursedUsd", "500000")
                    && usdIs(a, "items[0].budgetUsd", "2500000"));
    assertUsd("1500000", listed, "items[0].gapUsd");
    assertEquals("EUR", listed.getString("items[0].budget.currency"));
    assertUsd("0.8", listed, "items[0].budget.unitsPerUsd");
    assertEquals("2024-01-01", listed.getString("items[0].budget.rateDate"));

    JsonPath byCountry =
        ThreeW.answer(Map.of("organisation", agency.toString(), "groupBy", "country"));
    assertUsd("600000", byCountry, "groups.find { it.key.country == 'KZ' }.committedUsd");
    assertUsd("300000", byCountry, "groups.find { it.key.country == 'KZ' }.disbursedUsd");
    assertUsd("900000", byCountry, "groups.find { it.key.country == 'KZ' }.gapUsd");
    assertUsd("400000", byCountry, "groups.find { it.key.country == 'UZ' }.committedUsd");
    assertUsd("600000", byCountry, "groups.find { it.key.country == 'UZ' }.gapUsd");
    // Two targets under one goal each: the whole project's money once in each goal.
    JsonPath byTarget =
        ThreeW.answer(Map.of("organisation", agency.toString(), "groupBy", "sdgTarget"));
    assertUsd("1000000", byTarget, "groups.find { it.key.sdgTarget == '6.4' }.committedUsd");
    assertUsd("500000", byTarget, "groups.find { it.key.sdgTarget == '13.1' }.disbursedUsd");

    JsonPath funding = fundingSummary(id);
    assertUsd(funding.getString("figures.committed.usd"), listed, "items[0].committedUsd");
    assertUsd(funding.getString("figures.disbursed.usd"), listed, "items[0].disbursedUsd");
    assertUsd(funding.getString("figures.gapUsd"), listed, "items[0].gapUsd");
    assertUsd(funding.getString("figures.budgetUsd"), listed, "items[0].budgetUsd");
    assertEquals(1, funding.getInt("figures.committed.flows"));
    assertUsd(
        funding.getString("byCountry.find { it.key == 'KZ' }.committed.usd"),
        byCountry,
        "groups.find { it.key.country == 'KZ' }.committedUsd");
    assertUsd(
        funding.getString("byCountry.find { it.key == 'UZ' }.disbursed.usd"),
        byCountry,
        "groups.find { it.key.country == 'UZ' }.disbursedUsd");

    assertExportsShowTheMoney(agency);
    assertFundingGapsListIt(agency, id);

    resendStaleAndDuplicateEvents(id, withdrawn.path("id"), donor, agency);
    assertEquals(listed.getList("items"), ThreeW.answer(ours).getList("items"));
    assertEquals(byCountry.getList("groups"), groups(agency, "country"));

    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .post(ThreeW.PATH + "/rebuild")
        .then()
        .statusCode(200);
    assertEquals(listed.getList("items"), ThreeW.answer(ours).getList("items"));
    assertEquals(byCountry.getList("groups"), groups(agency, "country"));
  }

  @Test
  void aFunderOfTwoOverlappingProjectsByItsTransactionsIsASharedFunder() {
    Region.Agency first = Region.organisation();
    Region.Agency second = Region.organisation();
    Region.Agency donor = Region.organisation("10", "donor-government");
    Map<String, Object> a = Region.project(first);
    a.put("sdgTargets", List.of("6.3"));
    Map<String, Object> b = Region.project(second);
    b.put("sdgTargets", List.of("6.3"));
    String idA = Region.create(a).path("id");
    String idB = Region.create(b).path("id");
    record(transaction("disbursement", idA, donor, first, "1000.00", "2024-03-05", "USD"));
    record(transaction("outgoing-commitment", idB, donor, second, "2000.00", "2024-03-05", "USD"));

    JsonPath overlap =
        Eventually.awaitValue(
            ThreeW.SHOWS_UP_WITHIN,
            "the donor never showed as a shared funder",
            () -> {
              JsonPath found =
                  given()
                      .header("Authorization", ApiKeys.COORDINATOR)
                      .queryParam("organisation", first.toString())
                      .when()
                      .get("/api/v1/coordination/overlaps")
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath();
              String path = "items.find { it.projects.id.contains('" + idB + "') }";
              return found.get(path) != null
                      && !found.getList(path + ".reasons.sharedFunders").isEmpty()
                  ? Optional.of(found.setRootPath(path))
                  : Optional.empty();
            });
    assertEquals(List.of(donor.toString()), overlap.getList("reasons.sharedFunders"));
  }

  private void assertExportsShowTheMoney(Region.Agency agency) {
    String csv =
        given()
            .header("Authorization", ApiKeys.COORDINATOR)
            .queryParam("organisation", agency.toString())
            .queryParam("format", "csv")
            .when()
            .get(ThreeW.PATH)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String[] lines = csv.split("\r\n");
    List<String> header = List.of(lines[0].split(",", -1));
    List<String> hashtags = List.of(lines[1].split(",", -1));
    assertEquals("#value+committed+usd", hashtags.get(header.indexOf("committedUsd")));
    assertEquals("#value+spent+usd", hashtags.get(header.indexOf("disbursedUsd")));
    assertEquals("#value+gap+usd", hashtags.get(header.indexOf("gapUsd")));
    List<String> kazakhstan = null;
    for (int i = 2; i < lines.length; i++) {
      List<String> cells = List.of(lines[i].split(",", -1));
      if (cells.get(header.indexOf("country")).equals("KZ")
          && cells.get(header.indexOf("sdgTarget")).equals("6.4")) {
        kazakhstan = cells;
      }
    }
    assertEquals("600000.00", kazakhstan.get(header.indexOf("committedUsd")));
    assertEquals("300000.00", kazakhstan.get(header.indexOf("disbursedUsd")));
    assertEquals("900000.00", kazakhstan.get(header.indexOf("gapUsd")));
    assertEquals("1500000.00", kazakhstan.get(header.indexOf("budgetUsd")));

    JsonPath geo =
        given()
            .header("Authorization", ApiKeys.COORDINATOR)
            .queryParam("organisation", agency.toString())
            .queryParam("format", "geojson")
            .when()
            .get(ThreeW.PATH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String uz = "features.find { it.properties.country == 'UZ' }.properties";
    assertEquals("400000.00", geo.getString(uz + ".committedUsd"));
    assertEquals("200000.00", geo.getString(uz + ".disbursedUsd"));
    assertEquals("600000.00", geo.getString(uz + ".gapUsd"));
  }

  private static void assertFundingGapsListIt(Region.Agency agency, String id) {
    JsonPath gaps =
        given()
            .header("Authorization", ApiKeys.COORDINATOR)
            .queryParam("organisation", agency.toString())
            .when()
            .get("/api/v1/coordination/gaps")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of(id), gaps.getList("fundingGaps.projects.id"));
    assertUsd("1500000", gaps, "fundingGaps.projects[0].gapUsd");
    assertUsd("1000000", gaps, "fundingGaps.projects[0].committedUsd");
    // The largest first: Kyzylorda (the KZ share) before Uzbekistan (no area: the country).
    assertEquals(List.of("KZ-43", "UZ"), gaps.getList("fundingGaps.areas.place"));
    assertEquals("Kyzylorda Region", gaps.getString("fundingGaps.areas[0].placeName"));
    assertUsd("900000", gaps, "fundingGaps.areas[0].gapUsd");
    assertUsd("600000", gaps, "fundingGaps.areas[1].gapUsd");
    JsonPath byCountry =
        given()
            .header("Authorization", ApiKeys.COORDINATOR)
            .queryParam("organisation", agency.toString())
            .queryParam("level", "country")
            .queryParam("country", "UZ")
            .when()
            .get("/api/v1/coordination/gaps")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of("UZ"), byCountry.getList("fundingGaps.areas.place"));
    assertUsd("600000", byCountry, "fundingGaps.projects[0].gapUsd");
  }

  /**
   * Sends straight to Kafka what a broker may deliver again: the disbursement's recorded event once
   * more (same id), and the withdrawn one's first state under a new id after its withdrawal (out of
   * order); returns once the gateway's inbox has seen both.
   */
  private void resendStaleAndDuplicateEvents(
      String project, String withdrawnId, Region.Agency donor, Region.Agency agency)
      throws SQLException {
    ReceivedEvent recorded =
        fromChangeFeed(withdrawnId, "org.sdghub.funding.transaction.recorded.v1");
    ReceivedEvent outOfOrder =
        CraftedEvents.transaction(
            "recorded",
            new CraftedEvents.Transaction(
                UUID.fromString(withdrawnId),
                0,
                "3",
                UUID.fromString(project),
                donor.id(),
                agency.id(),
                "100000.00",
                "2024-03-20",
                "active"));
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(CraftedEvents.FUNDING, recorded);
      sender.send(CraftedEvents.FUNDING, outOfOrder);
    }
    Eventually.await(
        ThreeW.SHOWS_UP_WITHIN,
        "the gateway's inbox never saw the resent events",
        () ->
            inboxOutcomes(recorded.id()).equals(List.of("applied:2"))
                && inboxOutcomes(outOfOrder.id()).equals(List.of("stale:1")));
  }

  private ReceivedEvent fromChangeFeed(String subject, String type) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT event_id, source, time, data::text FROM change_feed WHERE subject = ? AND"
                    + " type = ?")) {
      statement.setString(1, subject);
      statement.setString(2, type);
      try (ResultSet rows = statement.executeQuery()) {
        assertTrue(rows.next(), "no " + type + " of " + subject + " in the change feed");
        JsonPath data = JsonPath.from(rows.getString("data"));
        return new ReceivedEvent(
            rows.getString("event_id"),
            type,
            rows.getString("source"),
            subject,
            data.getLong("version"),
            rows.getTimestamp("time").toInstant().atOffset(ZoneOffset.UTC),
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(rows.getString("data")));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new AssertionError(e);
      }
    }
  }

  private List<String> inboxOutcomes(String eventId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT outcome || ':' || deliveries FROM inbox_event WHERE event_id = ?")) {
      statement.setString(1, eventId);
      List<String> outcomes = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          outcomes.add(rows.getString(1));
        }
      }
      return outcomes;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Object> groups(Region.Agency agency, String groupBy) {
    return ThreeW.answer(Map.of("organisation", agency.toString(), "groupBy", groupBy))
        .getList("groups");
  }

  /** EUR at 0.8 per USD on the first of January and of March 2024 (the same every run). */
  private static void loadEuroRates() {
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .contentType(ContentType.JSON)
        .body(
            List.of(
                Region.map(
                    "currency",
                    "EUR",
                    "date",
                    "2024-01-01",
                    "unitsPerUsd",
                    "0.8",
                    "source",
                    "gateway tests"),
                Region.map(
                    "currency",
                    "EUR",
                    "date",
                    "2024-03-01",
                    "unitsPerUsd",
                    "0.8",
                    "source",
                    "gateway tests")))
        .when()
        .post("/api/v1/exchange-rates")
        .then()
        .statusCode(200);
  }

  private static Map<String, Object> transaction(
      String type,
      String project,
      Region.Agency provider,
      Region.Agency receiver,
      String amount,
      String valueDate) {
    return transaction(type, project, provider, receiver, amount, valueDate, "EUR");
  }

  private static Map<String, Object> transaction(
      String type,
      String project,
      Region.Agency provider,
      Region.Agency receiver,
      String amount,
      String valueDate,
      String currency) {
    return Region.map(
        "type",
        type,
        "projectId",
        project,
        "providerOrganisationId",
        provider.toString(),
        "receiverOrganisationId",
        receiver.toString(),
        "amount",
        amount,
        "currency",
        currency,
        "valueDate",
        valueDate);
  }

  /** Records it through the gateway once funding-service knows its project and organisations. */
  private static Response record(Map<String, Object> transaction) {
    String[] last = {"nothing"};
    try {
      return Eventually.awaitValue(
          KNOWN_WITHIN,
          "funding-service never accepted the transaction",
          () -> {
            Response response =
                given()
                    .header("Authorization", ApiKeys.COORDINATOR)
                    .contentType(ContentType.JSON)
                    .body(transaction)
                    .when()
                    .post("/api/v1/funding/transactions")
                    .andReturn();
            last[0] = response.statusCode() + " " + response.asString();
            return response.statusCode() == 201 ? Optional.of(response) : Optional.empty();
          });
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; last answer: " + last[0], e);
    }
  }

  private static void withdraw(Response recorded) {
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .header("If-Match", recorded.header("ETag"))
        .when()
        .delete("/api/v1/funding/transactions/" + recorded.path("id"))
        .then()
        .statusCode(200);
  }

  private static JsonPath fundingSummary(String project) {
    return given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .get("/api/v1/funding/projects/" + project)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static boolean usdIs(JsonPath answer, String path, String expected) {
    String value = answer.getString(path);
    return value != null && new BigDecimal(value).compareTo(new BigDecimal(expected)) == 0;
  }

  private static void assertUsd(String expected, JsonPath answer, String path) {
    assertTrue(
        usdIs(answer, path, expected),
        path + " is " + answer.getString(path) + ", not " + expected);
  }
}
