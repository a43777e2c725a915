package org.sdghub.gateway.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        List.of("applied:1", "applied:2", "stale:1", "applied:1"), outcomes(project.toString()));
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

  private List<String> outcomes(String subject) throws SQLException {
    return strings(
        "SELECT outcome || ':' || deliveries FROM inbox_event WHERE subject = ?"
            + " ORDER BY received_at, sequence",
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
