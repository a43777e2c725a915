package org.sdghub.projects.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdghub.projects.Requests.asCoordinator;
import static org.sdghub.projects.Requests.create;
import static org.sdghub.projects.Requests.project;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.ServiceTopics;
import org.sdghub.platform.testing.EventSchemaAssertions;
import org.sdghub.platform.testing.TopicProbe;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;

/** Each change of a project reaches the topic once, with its full state, as its schema says. */
@QuarkusTest
class ProjectEventsTest {

  private static final Duration ARRIVAL = Duration.ofSeconds(30);
  private static final Duration QUIET = Duration.ofSeconds(1);

  @Test
  void creatingPublishesOneCreatedEventWithTheFullState() {
    Organisations.Known organisation = Organisations.known();
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.PROJECTS)) {
      Map<String, Object> body = Projects.valid(organisation);
      String id = create(body);

      ReceivedEvent created = only(probe, id, 1).get(0);

      assertEquals(ProjectEventTypes.CREATED, created.type());
      assertEquals("/sdghub/projects-service", created.source());
      assertEquals(0, created.sequence());
      assertEquals(
          id,
          probe.messages().stream()
              .filter(m -> m.event() == created)
              .findFirst()
              .orElseThrow()
              .key(),
          "keyed by the project, so its events stay in order");
      JsonNode data = created.data();
      assertEquals(id, data.get("id").asText());
      assertEquals(body.get("iatiIdentifier"), data.get("iatiIdentifier").asText());
      assertEquals("pipeline", data.get("status").asText());
      assertEquals("[6,13]", data.get("sdgGoals").toString());
      assertEquals("2500000.00", data.at("/budget/amount").asText());
      assertEquals("accountable", data.at("/participatingOrganisations/0/role").asText());
      assertTrue(data.at("/participatingOrganisations/0/name").isMissingNode(), "ids only");
      EventSchemaAssertions.assertValid(created);
    }
  }

  @Test
  void everyKindOfChangePublishesOneEventEachInOrder() {
    Organisations.Known organisation = Organisations.known();
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.PROJECTS)) {
      Map<String, Object> body = Projects.valid(organisation);
      String id = create(body);
      Projects.part(body, "title").put("en", "Renamed");
      asCoordinator()
          .header("If-Match", "\"0\"")
          .body(body)
          .put(project(id))
          .then()
          .statusCode(200);
      asCoordinator()
          .header("If-Match", "\"1\"")
          .body(Projects.result())
          .post(project(id) + "/results")
          .then()
          .statusCode(201);
      asCoordinator()
          .header("If-Match", "\"2\"")
          .body(Map.of("status", "cancelled"))
          .post(project(id) + "/status")
          .then()
          .statusCode(200);

      List<ReceivedEvent> events = only(probe, id, 4);

      assertEquals(
          List.of(
              ProjectEventTypes.CREATED,
              ProjectEventTypes.UPDATED,
              ProjectEventTypes.UPDATED,
              ProjectEventTypes.STATUS_CHANGED),
          events.stream().map(ReceivedEvent::type).toList());
      assertEquals(List.of(0L, 1L, 2L, 3L), events.stream().map(ReceivedEvent::sequence).toList());
      assertEquals("Renamed", events.get(1).data().at("/title/en").asText());
      assertEquals("6.4.1", events.get(2).data().at("/results/0/indicator/sdgIndicator").asText());
      assertEquals("cancelled", events.get(3).data().get("status").asText());
      events.forEach(EventSchemaAssertions::assertValid);
    }
  }

  @Test
  void deletingPublishesTheLastStateAtANewerSequence() {
    Organisations.Known organisation = Organisations.known();
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.PROJECTS)) {
      String id = create(Projects.valid(organisation));
      asCoordinator().header("If-Match", "\"0\"").delete(project(id)).then().statusCode(204);

      List<ReceivedEvent> events = only(probe, id, 2);

      assertEquals(ProjectEventTypes.DELETED, events.get(1).type());
      assertEquals(1, events.get(1).sequence(), "newer than the last, or consumers ignore it");
      EventSchemaAssertions.assertValid(events.get(1));
    }
  }

  @Test
  void refusedChangesPublishNothing() {
    Organisations.Known organisation = Organisations.known();
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.PROJECTS)) {
      Map<String, Object> body = Projects.valid(organisation);
      String id = create(body);
      asCoordinator()
          .header("If-Match", "\"9\"")
          .body(body)
          .put(project(id))
          .then()
          .statusCode(412);
      asCoordinator().body(body).post("/api/v1/projects").then().statusCode(409);
      asCoordinator()
          .header("If-Match", "\"0\"")
          .body(Map.of("status", "closed"))
          .post(project(id) + "/status")
          .then()
          .statusCode(409);

      only(probe, id, 1);
    }
  }

  @Test
  void everyExampleMatchesItsSchema() {
    ProjectEventTypes.ALL.forEach(EventSchemaAssertions::assertExampleValid);
  }

  /** Waits for {@code count} events about the project and proves there are no more. */
  private static List<ReceivedEvent> only(TopicProbe probe, String id, int count) {
    Predicate<ReceivedEvent> aboutIt = event -> id.equals(event.subject());
    List<ReceivedEvent> events = probe.awaitEvents(aboutIt, count, ARRIVAL);
    probe.expectNoMore(aboutIt, count, QUIET);
    return events;
  }
}
