package org.sdghub.gateway.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.CraftedEvents;
import org.sdghub.gateway.support.ThreeW;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.testing.EventSender;
import org.sdghub.platform.testing.Eventually;

/**
 * The read model's inbox handlers: an event delivered twice or out of order changes nothing, a
 * deleted project leaves the 3W, and each applied event is appended once to the change feed.
 */
@QuarkusTest
class ReadModelEventsTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void anEventDeliveredTwiceOrOutOfOrderChangesNothing() throws SQLException {
    UUID agency = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    ReceivedEvent second =
        CraftedEvents.project("updated", project, 2, agency, "implementation", List.of("7.1"));
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(CraftedEvents.PARTNERS, CraftedEvents.organisation(agency, 0, "ngo"));
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project("created", project, 0, agency, "pipeline", List.of("6.4")));
      sender.send(CraftedEvents.PROJECTS, second);
      sender.send(CraftedEvents.PROJECTS, CraftedEvents.again(second));
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project("updated", project, 1, agency, "suspended", List.of("2.1")));
      // The marker: once it shows, everything sent before it on the partition was handled.
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "updated", project, 3, agency, "implementation", List.of("7.1", "7.2")));
    }
    JsonPath answer =
        ThreeW.awaitAnswer(
            Map.of("organisation", agency.toString()),
            a ->
                a.getInt("total") == 1
                    && a.getList("items[0].sdgTargets").size() == 2
                    && a.get("items[0].participants[0].kind") != null);
    assertEquals("implementation", answer.getString("items[0].status"));
    assertEquals("ngo", answer.getString("items[0].participants[0].kind"));
    assertEquals(
        List.of("applied:1", "stale:1", "applied:2", "applied:1"), outcomes(project.toString()));
    assertEquals(List.of(0L, 2L, 3L), feedSequences(project.toString()));
  }

  @Test
  void aDeletedProjectLeavesTheThreeWAndAnOlderEventCannotBringItBack() throws SQLException {
    UUID agency = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    UUID marker = UUID.randomUUID();
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project("created", project, 0, agency, "pipeline", List.of("6.4")));
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project("deleted", project, 1, agency, "pipeline", List.of("6.4")));
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project("updated", project, 0, agency, "implementation", List.of("6.4")));
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project("created", marker, 0, agency, "pipeline", List.of("1.1")));
    }
    ThreeW.awaitAnswer(
        Map.of("organisation", agency.toString()),
        a -> a.getInt("total") == 1 && a.getString("items[0].id").equals(marker.toString()));
    assertEquals(
        0,
        ThreeW.answer(Map.of("organisation", agency.toString(), "sdgTarget", "6.4"))
            .getInt("total"));
    assertEquals(0, rows(project));
  }

  @Test
  void aProjectWithoutAnIatiIdentifierIsInTheThreeW() {
    UUID agency = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "created",
              project,
              0,
              agency,
              "implementation",
              List.of("6.4"),
              state -> state.put("iatiIdentifier", null)));
    }
    JsonPath listed =
        ThreeW.awaitAnswer(Map.of("organisation", agency.toString()), a -> a.getInt("total") == 1);
    assertEquals(project.toString(), listed.getString("items[0].id"));
    assertNull(listed.getString("items[0].iatiIdentifier"));
  }

  @Test
  void aFormerAreaCodeInAnOlderEventIsKeptAsTheCurrentOneAndFiltersTakeEither() {
    UUID agency = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "created",
              project,
              0,
              agency,
              "implementation",
              List.of("6.4"),
              state ->
                  state.put(
                      "locations",
                      List.of(Map.of("country", "KZ", "adminArea", "KZ-KZY", "name", "Aralsk")))));
    }
    JsonPath listed =
        ThreeW.awaitAnswer(
            Map.of("organisation", agency.toString(), "adminArea", "KZ-43"),
            a -> a.getInt("total") == 1);
    assertEquals(
        "KZ-43", listed.getString("items[0].places.find { it.country == 'KZ' }.adminArea"));
    assertEquals(
        1,
        ThreeW.answer(Map.of("organisation", agency.toString(), "adminArea", "KZ-KZY"))
            .getInt("total"));
  }

  @Test
  void aMergedOrganisationIsAppliedAndKeptArchived() throws SQLException {
    UUID duplicate = UUID.randomUUID();
    ReceivedEvent created = CraftedEvents.organisation(duplicate, 0, "ngo");
    com.fasterxml.jackson.databind.node.ObjectNode data =
        ((com.fasterxml.jackson.databind.node.ObjectNode) created.data()).deepCopy();
    data.put("version", 1);
    data.put("status", "archived");
    data.put("mergedInto", UUID.randomUUID().toString());
    ReceivedEvent merged =
        EventSender.newEvent(
            "/sdghub/partners-service",
            "org.sdghub.organisation.merged.v1",
            duplicate.toString(),
            1,
            data);
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(CraftedEvents.PARTNERS, created);
      sender.send(CraftedEvents.PARTNERS, merged);
    }
    Eventually.await(
        ThreeW.SHOWS_UP_WITHIN,
        "the merge was never applied",
        () ->
            unchecked(() -> outcomes(duplicate.toString()))
                .equals(List.of("applied:1", "applied:1")));
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT archived, version FROM www_organisation WHERE id = ?")) {
      s.setObject(1, duplicate);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertEquals(true, r.getBoolean(1));
        assertEquals(1L, r.getLong(2));
      }
    }
  }

  @Test
  void aTransactionBeforeItsProjectCountsOnceTheProjectArrivesAndStaleOrRepeatedOnesChangeNothing()
      throws SQLException {
    UUID agency = UUID.randomUUID();
    UUID donor = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    CraftedEvents.Transaction commitment =
        new CraftedEvents.Transaction(
            UUID.randomUUID(), 1, "2", project, donor, agency, "300000.00", "2025-03-01", "active");
    ReceivedEvent corrected = CraftedEvents.transaction("corrected", commitment);
    ReceivedEvent older =
        CraftedEvents.transaction(
            "recorded",
            new CraftedEvents.Transaction(
                commitment.id(),
                0,
                "2",
                project,
                donor,
                agency,
                "250000.00",
                "2025-03-01",
                "active"));
    CraftedEvents.Transaction disbursement =
        new CraftedEvents.Transaction(
            UUID.randomUUID(), 0, "3", project, donor, agency, "50000.00", "2025-04-01", "active");
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(CraftedEvents.FUNDING, corrected);
      sender.send(CraftedEvents.FUNDING, older);
      sender.send(CraftedEvents.FUNDING, CraftedEvents.again(corrected));
      sender.send(CraftedEvents.FUNDING, CraftedEvents.transaction("recorded", disbursement));
      sender.send(
          CraftedEvents.FUNDING,
          CraftedEvents.transaction("withdrawn", disbursement.at(1, "withdrawn")));
    }
    Eventually.await(
        ThreeW.SHOWS_UP_WITHIN,
        "the transactions' events were never all seen",
        () ->
            unchecked(() -> outcomes(commitment.id().toString()))
                    .equals(List.of("stale:1", "applied:2"))
                && unchecked(() -> outcomes(disbursement.id().toString())).size() == 2);
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project("created", project, 0, agency, "implementation", List.of("6.4")));
    }
    JsonPath answer =
        ThreeW.awaitAnswer(Map.of("organisation", agency.toString()), a -> a.getInt("total") == 1);
    assertEquals(300000.0f, answer.getFloat("items[0].committedUsd"));
    assertEquals(0.0f, answer.getFloat("items[0].disbursedUsd"));
    assertEquals(700000.0f, answer.getFloat("items[0].gapUsd"));
    // Each applied event is in the change feed once; stale and repeated ones are not.
    assertEquals(
        List.of("org.sdghub.funding.transaction.corrected.v1"),
        strings(
            "SELECT type FROM change_feed WHERE subject = ? ORDER BY id",
            commitment.id().toString()));
  }

  @Test
  void aRateArrivingAfterAProjectConvertsItsBudgetAndACorrectedRateConvertsItAgain() {
    UUID agency = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    java.time.LocalDate start =
        java.time.LocalDate.of(2040, 1, 1)
            .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(20_000));
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(
          CraftedEvents.PROJECTS,
          CraftedEvents.project(
              "created",
              project,
              0,
              agency,
              "implementation",
              List.of("6.4"),
              state -> {
                state.put("budget", Map.of("amount", "1000000.00", "currency", "CHF"));
                state.put(
                    "dates",
                    Map.of(
                        "plannedStart",
                        start.toString(),
                        "plannedEnd",
                        start.plusYears(1).toString()));
              }));
    }
    Map<String, String> ours = Map.of("organisation", agency.toString());
    JsonPath before = ThreeW.awaitAnswer(ours, a -> a.getInt("total") == 1);
    assertNull(before.get("items[0].budgetUsd"));
    assertEquals("CHF", before.getString("items[0].budget.currency"));
    assertNull(before.get("items[0].budget.usd"));
    assertEquals(
        1,
        ThreeW.answer(Map.of("organisation", agency.toString(), "groupBy", "country"))
            .getInt("groups[0].projectsWithoutUsdBudget"));

    UUID rate = UUID.randomUUID();
    String rateDate = start.minusDays(10).toString();
    try (EventSender sender = EventSender.toApplicationBroker()) {
      // Too early to convert it (41 days before), then within the window.
      sender.send(
          CraftedEvents.FUNDING,
          CraftedEvents.rate(UUID.randomUUID(), 0, "CHF", start.minusDays(41).toString(), "0.1"));
      sender.send(CraftedEvents.FUNDING, CraftedEvents.rate(rate, 0, "CHF", rateDate, "0.5"));
    }
    JsonPath converted = ThreeW.awaitAnswer(ours, a -> a.get("items[0].budgetUsd") != null);
    assertEquals(2000000.0f, converted.getFloat("items[0].budgetUsd"));
    assertEquals(rateDate, converted.getString("items[0].budget.rateDate"));
    assertEquals("crafted rates", converted.getString("items[0].budget.rateSource"));

    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(CraftedEvents.FUNDING, CraftedEvents.rate(rate, 1, "CHF", rateDate, "0.4"));
    }
    JsonPath corrected =
        ThreeW.awaitAnswer(ours, a -> a.getFloat("items[0].budgetUsd") == 2500000.0f);
    assertEquals(2500000.0f, corrected.getFloat("items[0].gapUsd"));
  }

  private interface Query {
    List<String> run() throws SQLException;
  }

  private static List<String> unchecked(Query query) {
    try {
      return query.run();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What the inbox recorded for each of the subject's events (outcome and deliveries), by sequence:
   * events read in one poll share one transaction, so their arrival order is not recorded.
   */
  private List<String> outcomes(String subject) throws SQLException {
    return strings(
        "SELECT outcome || ':' || deliveries FROM inbox_event WHERE subject = ?"
            + " ORDER BY sequence",
        subject);
  }

  private List<Long> feedSequences(String subject) throws SQLException {
    return strings(
            "SELECT (data->>'version') FROM change_feed WHERE subject = ? ORDER BY id", subject)
        .stream()
        .map(Long::valueOf)
        .toList();
  }

  private int rows(UUID project) throws SQLException {
    return Integer.parseInt(
        strings("SELECT count(*)::text FROM www_row WHERE project_id = ?::uuid", project.toString())
            .get(0));
  }

  private List<String> strings(String sql, String parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    }
  }
}
