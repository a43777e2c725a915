package org.sdghub.partners.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdghub.partners.Requests.ORGANISATIONS;
import static org.sdghub.partners.Requests.as;
import static org.sdghub.partners.Requests.asCoordinator;
import static org.sdghub.partners.Requests.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.sdghub.partners.Profiles;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.Role;
import org.sdghub.platform.ServiceTopics;
import org.sdghub.platform.testing.EventSchemaAssertions;
import org.sdghub.platform.testing.TopicProbe;

/**
 * Each change of an organisation reaches the topic once, with its full state, as its schema says.
 */
@QuarkusTest
class OrganisationEventsTest {

  private static final Duration ARRIVAL = Duration.ofSeconds(30);
  private static final Duration QUIET = Duration.ofSeconds(1);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void registeringPublishesOneCreatedEventWithTheFullState() {
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.PARTNERS)) {
      Map<String, Object> profile = Profiles.unique();
      Profiles.name(profile).put("uz", "Suv dasturi");
      String id = register(profile);

      ReceivedEvent created = only(probe, id, 1).get(0);

      assertEquals(OrganisationEventTypes.CREATED, created.type());
      assertEquals("/sdghub/partners-service", created.source());
      assertEquals(0, created.sequence());
      assertEquals(
          id,
          probe.messages().stream()
              .filter(m -> m.event() == created)
              .findFirst()
              .orElseThrow()
              .key(),
          "keyed by the organisation, so its events stay in order");
      JsonNode data = created.data();
      assertEquals(id, data.get("id").asText());
      assertEquals(profile.get("identifier"), data.get("identifier").asText());
      assertEquals(JSON.valueToTree(Profiles.name(profile)), data.get("name"));
      assertEquals(JSON.valueToTree(List.of("KG", "KZ", "UZ")), data.get("countries"));
      assertEquals(JSON.valueToTree(profile.get("aliases")), data.get("aliases"));
      assertEquals("active", data.get("status").asText());
      assertEquals(0, data.get("version").asLong());
      EventSchemaAssertions.assertValid(created);
    }
  }

  @Test
  void anOrganisationWithoutAnIdentifierIsPublishedWithANullOne() {
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.PARTNERS)) {
      Map<String, Object> profile = Profiles.unique();
      profile.remove("identifier");
      String id = register(profile);

      ReceivedEvent created = only(probe, id, 1).get(0);

      assertTrue(created.data().get("identifier").isNull());
      EventSchemaAssertions.assertValid(created);
    }
  }

  @Test
  void updatingAndArchivingPublishOneEventEachInOrder() {
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.PARTNERS)) {
      Map<String, Object> profile = Profiles.unique();
      String id = register(profile);
      profile.put("website", "https://example.org/renamed");
      asCoordinator()
          .header("If-Match", "\"0\"")
          .body(profile)
          .put(ORGANISATIONS + "/" + id)
          .then()
          .statusCode(200);
      asCoordinator()
          .header("If-Match", "\"1\"")
          .post(ORGANISATIONS + "/" + id + "/archive")
          .then()
          .statusCode(200);

      List<ReceivedEvent> events = only(probe, id, 3);

      assertEquals(
          List.of(
              OrganisationEventTypes.CREATED,
              OrganisationEventTypes.UPDATED,
              OrganisationEventTypes.ARCHIVED),
          events.stream().map(ReceivedEvent::type).toList());
      assertEquals(List.of(0L, 1L, 2L), events.stream().map(ReceivedEvent::sequence).toList());
      assertEquals("https://example.org/renamed", events.get(1).data().get("website").asText());
      assertEquals("archived", events.get(2).data().get("status").asText());
      assertEquals(2, events.get(2).data().get("version").asLong());
      events.forEach(EventSchemaAssertions::assertValid);
    }
  }

  @Test
  void contactsNeverReachTheTopic() {
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.PARTNERS)) {
      String id = register(Profiles.unique());
      asCoordinator()
          .body(Map.of("name", "Dilnoza Karimova", "email", "dilnoza@example.org"))
          .post(ORGANISATIONS + "/" + id + "/contacts")
          .then()
          .statusCode(201);

      ReceivedEvent created = only(probe, id, 1).get(0);
      assertFalse(created.data().toString().contains("dilnoza"), "no contact in the event");
      assertFalse(created.data().has("contacts"));
    }
  }

  @Test
  void refusedChangesPublishNothing() {
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.PARTNERS)) {
      Map<String, Object> profile = Profiles.unique();
      String id = register(profile);
      asCoordinator()
          .header("If-Match", "\"9\"")
          .body(profile)
          .put(ORGANISATIONS + "/" + id)
          .then()
          .statusCode(412);
      asCoordinator().body(profile).post(ORGANISATIONS).then().statusCode(409);

      only(probe, id, 1);
      probe.expectNoMore(e -> !e.subject().equals(id) && isAbout(profile, e), 0, QUIET);
    }
  }

  @Test
  void proposalIsPublishedWithItsProposerAndConfirmationClearsIt() {
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.PARTNERS)) {
      UUID partner = UUID.randomUUID();
      String id =
          as(partner, Role.PARTNER)
              .body(Profiles.unique())
              .post(ORGANISATIONS)
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      asCoordinator()
          .header("If-Match", "\"0\"")
          .post(ORGANISATIONS + "/" + id + "/confirm")
          .then()
          .statusCode(200);

      List<ReceivedEvent> events = only(probe, id, 2);

      assertEquals(OrganisationEventTypes.CREATED, events.get(0).type());
      assertEquals(partner.toString(), events.get(0).data().get("proposedBy").asText());
      assertEquals(OrganisationEventTypes.UPDATED, events.get(1).type());
      assertTrue(events.get(1).data().get("proposedBy").isNull());
      assertEquals(1, events.get(1).sequence());
      events.forEach(EventSchemaAssertions::assertValid);
    }
  }

  @Test
  void mergePublishesTheSurvivorsNewVersionAndTheDuplicatesMergedEvent() {
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.PARTNERS)) {
      String survivor = register(Profiles.unique());
      Map<String, Object> duplicateProfile = Profiles.unique();
      String duplicate = register(duplicateProfile);
      asCoordinator()
          .header("If-Match", "\"0\"")
          .body(Map.of("into", survivor, "reason", "Registered twice."))
          .post(ORGANISATIONS + "/" + duplicate + "/merge")
          .then()
          .statusCode(200);

      ReceivedEvent updated = only(probe, survivor, 2).get(1);
      ReceivedEvent merged = only(probe, duplicate, 2).get(1);

      assertEquals(OrganisationEventTypes.UPDATED, updated.type());
      assertEquals(1, updated.sequence());
      assertEquals(
          JSON.valueToTree(List.of(duplicateProfile.get("identifier"))),
          updated.data().get("formerIdentifiers"));
      assertTrue(updated.data().get("mergedInto").isNull());
      assertEquals(OrganisationEventTypes.MERGED, merged.type());
      assertEquals(duplicate, merged.subject());
      assertEquals(1, merged.sequence());
      assertEquals("archived", merged.data().get("status").asText());
      assertEquals(survivor, merged.data().get("mergedInto").asText());
      EventSchemaAssertions.assertValid(updated);
      EventSchemaAssertions.assertValid(merged);
    }
  }

  @Test
  void everyExampleMatchesItsSchema() {
    OrganisationEventTypes.ALL.forEach(EventSchemaAssertions::assertExampleValid);
  }

  /** Waits for {@code count} events about the organisation and proves there are no more. */
  private static List<ReceivedEvent> only(TopicProbe probe, String id, int count) {
    Predicate<ReceivedEvent> aboutIt = event -> id.equals(event.subject());
    List<ReceivedEvent> events = probe.awaitEvents(aboutIt, count, ARRIVAL);
    probe.expectNoMore(aboutIt, count, QUIET);
    return events;
  }

  private static boolean isAbout(Map<String, Object> profile, ReceivedEvent event) {
    return Profiles.name(profile).get("en").equals(event.data().path("name").path("en").asText());
  }
}
