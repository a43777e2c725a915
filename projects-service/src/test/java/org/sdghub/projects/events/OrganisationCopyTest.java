package org.sdghub.projects.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdghub.projects.events.OrganisationEvents.TOPIC;
import static org.sdghub.projects.events.OrganisationEvents.event;
import static org.sdghub.projects.events.OrganisationEvents.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.DeadLetter;
import org.sdghub.platform.DeadLetters;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.testing.EventSender;
import org.sdghub.platform.testing.Eventually;
import org.sdghub.projects.domain.KnownOrganisation;
import org.sdghub.projects.repository.KnownOrganisationRepository;

/** The local copy of the partner registry, fed through the real broker and inbox. */
@QuarkusTest
class OrganisationCopyTest {

  private static final Duration PROCESSING = Duration.ofSeconds(30);

  @Inject KnownOrganisationRepository organisations;
  @Inject DeadLetters deadLetters;
  @Inject AgroalDataSource dataSource;

  private EventSender sender;

  @BeforeEach
  void openSender() {
    sender = EventSender.toApplicationBroker();
  }

  @AfterEach
  void closeSender() {
    sender.close();
  }

  @Test
  void aCreatedThenUpdatedOrganisationHoldsTheUpdatedState() {
    String id = newId();
    ObjectNode updated = state(id, 1, "Updated name");
    updated.putObject("name").put("en", "Updated name").put("ru", "Новое имя").put("ky", "Аты");
    updated.put("acronym", "UPD").put("type", "22").put("kind", "foundation");

    sender.send(TOPIC, created(id, 0, "First name"));
    sender.send(TOPIC, event(OrganisationEventsHandler.UPDATED, id, 1, updated));

    KnownOrganisation copy = awaitName(id, "Updated name");
    assertEquals(Map.of("en", "Updated name", "ru", "Новое имя", "ky", "Аты"), copy.name());
    assertEquals("UPD", copy.acronym());
    assertEquals("22", copy.type());
    assertEquals("foundation", copy.kind());
    assertEquals(updated.path("identifier").asText(), copy.identifier());
    assertFalse(copy.archived());
  }

  @Test
  void theSameEventDeliveredTwiceIsAppliedOnce() {
    String id = newId();
    ReceivedEvent created = created(id, 0, "Twice delivered");

    sender.send(TOPIC, created);
    sender.send(TOPIC, created);

    Eventually.await(
        PROCESSING,
        "the second delivery of " + created.id() + " was never counted",
        () -> inboxRow(created.id()).map(row -> row.deliveries() == 2).orElse(false));
    assertEquals("applied", inboxRow(created.id()).orElseThrow().outcome());
    assertEquals("Twice delivered", find(id).orElseThrow().name().get("en"));
    assertEquals(1, copyRows(id), "one copy of the organisation");
  }

  @Test
  void anOlderEventArrivingAfterANewerOneChangesNothing() {
    String id = newId();
    ReceivedEvent older = created(id, 0, "Older name");
    ReceivedEvent newer = event(OrganisationEventsHandler.UPDATED, id, 1, state(id, 1, "Newer"));

    sender.send(TOPIC, newer);
    sender.send(TOPIC, older);

    Eventually.await(
        PROCESSING,
        "the older event " + older.id() + " was never recorded",
        () -> inboxRow(older.id()).isPresent());
    assertEquals("stale", inboxRow(older.id()).orElseThrow().outcome());
    assertEquals("Newer", find(id).orElseThrow().name().get("en"));
    assertEquals(1L, version(id));
  }

  @Test
  void anArchivedOrganisationIsFlaggedAndStillFound() {
    String id = newId();
    ObjectNode archived = state(id, 1, "To be archived").put("status", "archived");

    sender.send(TOPIC, created(id, 0, "To be archived"));
    sender.send(TOPIC, event(OrganisationEventsHandler.ARCHIVED, id, 1, archived));

    Eventually.await(
        PROCESSING,
        "organisation " + id + " was never flagged archived",
        () -> find(id).map(KnownOrganisation::archived).orElse(false));
    KnownOrganisation copy =
        QuarkusTransaction.requiringNew()
            .call(
                () -> organisations.findAll(List.of(UUID.fromString(id))).get(UUID.fromString(id)));
    assertTrue(copy.archived());
    assertEquals("To be archived", copy.name().get("en"));
  }

  @Test
  void anOrganisationWithoutIdentifierIsCopiedWithNone() {
    String id = newId();
    ObjectNode data = state(id, 0, "No identifier at all");
    data.remove("identifier");
    data.putNull("acronym");

    sender.send(TOPIC, event(OrganisationEventsHandler.CREATED, id, 0, data));

    KnownOrganisation copy = awaitName(id, "No identifier at all");
    assertNull(copy.identifier());
    assertNull(copy.acronym());
  }

  @Test
  void fieldsThisServiceDoesNotKnowAreIgnored() {
    String id = newId();
    ObjectNode data = state(id, 0, "With a newer optional field");
    data.put("logoUrl", "https://example.org/logo.png");
    data.putObject("address").put("city", "Almaty");

    sender.send(TOPIC, event(OrganisationEventsHandler.CREATED, id, 0, data));

    awaitName(id, "With a newer optional field");
  }

  @Test
  void aMalformedPayloadIsDeadLetteredAndNotApplied() {
    String id = newId();
    ObjectNode noEnglishName = state(id, 0, "unused");
    noEnglishName.putObject("name").put("ru", "Только по-русски");
    ReceivedEvent malformed = event(OrganisationEventsHandler.CREATED, id, 0, noEnglishName);

    sender.send(TOPIC, malformed);
    sender.send(TOPIC, event(OrganisationEventsHandler.UPDATED, id, 1, state(id, 1, "Fixed")));

    awaitName(id, "Fixed");
    DeadLetter parked = parked(malformed.id());
    assertTrue(parked.error().contains("name.en is missing"), parked.error());
    assertTrue(inboxRow(malformed.id()).isEmpty(), "the malformed event left no inbox row");
  }

  @Test
  void anEventAboutAnotherOrganisationThanItsSubjectIsDeadLettered() {
    String id = newId();
    ReceivedEvent mismatched =
        event(OrganisationEventsHandler.CREATED, id, 0, state(newId(), 0, "Someone else"));

    sender.send(TOPIC, mismatched);

    DeadLetter parked = parked(mismatched.id());
    assertTrue(parked.error().contains("is not the event's subject"), parked.error());
    assertTrue(find(id).isEmpty(), "nothing was copied");
  }

  @Test
  void unknownIdsAreAbsentFromALookup() {
    String id = newId();
    sender.send(TOPIC, created(id, 0, "Known one"));
    awaitName(id, "Known one");
    UUID unknown = UUID.randomUUID();

    Map<UUID, KnownOrganisation> found =
        QuarkusTransaction.requiringNew()
            .call(() -> organisations.findAll(List.of(UUID.fromString(id), unknown)));

    assertEquals(List.of(UUID.fromString(id)), List.copyOf(found.keySet()));
    assertTrue(find(unknown.toString()).isEmpty());
  }

  private static ReceivedEvent created(String id, long version, String english) {
    return event(OrganisationEventsHandler.CREATED, id, version, state(id, version, english));
  }

  private KnownOrganisation awaitName(String id, String english) {
    return Eventually.awaitValue(
        PROCESSING,
        "organisation " + id + " was never copied as " + english,
        () -> find(id).filter(copy -> english.equals(copy.name().get("en"))));
  }

  private DeadLetter parked(String eventId) {
    return Eventually.awaitValue(
        PROCESSING,
        "event " + eventId + " was never parked",
        () -> deadLetters.list().stream().filter(l -> eventId.equals(l.eventId())).findFirst());
  }

  private Optional<KnownOrganisation> find(String id) {
    return QuarkusTransaction.requiringNew().call(() -> organisations.find(UUID.fromString(id)));
  }

  private Optional<InboxRow> inboxRow(String eventId) {
    return query(
        "SELECT outcome, deliveries FROM inbox_event WHERE source = ? AND event_id = ?",
        List.of(OrganisationEvents.SOURCE, eventId),
        result -> new InboxRow(result.getString(1), result.getInt(2)));
  }

  private long version(String id) {
    return query(
            "SELECT version FROM known_organisation WHERE id = ?::uuid",
            List.of(id),
            result -> result.getLong(1))
        .orElseThrow();
  }

  private long copyRows(String id) {
    return query(
            "SELECT count(*) FROM known_organisation WHERE id = ?::uuid",
            List.of(id),
            result -> result.getLong(1))
        .orElseThrow();
  }

  private <T> Optional<T> query(String sql, List<String> parameters, Row<T> row) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        select.setString(i + 1, parameters.get(i));
      }
      try (ResultSet result = select.executeQuery()) {
        return result.next() ? Optional.of(row.read(result)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private interface Row<T> {
    T read(ResultSet result) throws SQLException;
  }

  private record InboxRow(String outcome, int deliveries) {}

  private static String newId() {
    return UUID.randomUUID().toString();
  }
}
