package org.sdghub.projects.events;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.projects.Projects.map;
import static org.sdghub.projects.Requests.asViewer;
import static org.sdghub.projects.Requests.create;
import static org.sdghub.projects.Requests.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.ServiceTopics;
import org.sdghub.platform.testing.EventSender;
import org.sdghub.platform.testing.Eventually;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Rows;

/**
 * A funding listing is confirmed by a transaction the donor itself records in funding-service: its
 * event, received from the real broker through the inbox, confirms the listing once, however often
 * it is delivered; a transaction someone else recorded for the donor confirms nothing.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class FundingConfirmationTest {

  private static final Duration APPLIED = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject Rows rows;

  private record Funded(String id, UUID donor) {}

  private static Funded funded() {
    Organisations.Known reporter = Organisations.known();
    Organisations.Known donor = Organisations.known();
    Map<String, Object> body = Projects.valid(reporter);
    ((List<Object>) body.get("participatingOrganisations"))
        .add(map("organisationId", donor.id().toString(), "role", "funding"));
    return new Funded(create(body), donor.id());
  }

  private static ReceivedEvent transaction(Funded project, UUID provider, UUID recordedBy) {
    Map<String, Object> data = new LinkedHashMap<>();
    UUID id = UUID.randomUUID();
    data.put("id", id.toString());
    data.put("type", "disbursement");
    data.put("typeCode", "3");
    data.put("projectId", project.id());
    data.put("providerOrganisationId", provider.toString());
    data.put("receiverOrganisationId", UUID.randomUUID().toString());
    data.put("amount", "1000.00");
    data.put("currency", "EUR");
    data.put("status", "active");
    data.put("recordedByOrganisationId", recordedBy == null ? null : recordedBy.toString());
    data.put("version", 0);
    JsonNode json = JSON.valueToTree(data);
    return EventSender.newEvent(
        "/sdghub/funding-service", FundingEventsHandler.RECORDED, id.toString(), 0, json);
  }

  private static void send(ReceivedEvent... events) {
    try (EventSender sender = EventSender.toApplicationBroker()) {
      for (ReceivedEvent event : events) {
        sender.send(ServiceTopics.FUNDING, event);
      }
    }
  }

  private void awaitTaken(ReceivedEvent event) {
    Eventually.await(
        APPLIED,
        "event " + event.id() + " taken by the inbox",
        () -> rows.inboxOutcomeOf(event.id()).isPresent());
  }

  @Test
  void theDonorsOwnTransactionConfirmsItsFundingListingOnceThoughDeliveredTwice() {
    Funded project = funded();
    ReceivedEvent own = transaction(project, project.donor(), project.donor());

    send(own, own);

    Eventually.await(
        APPLIED,
        "the funding listing confirmed",
        () -> rows.versionOf(project.id()).orElseThrow() == 1L);
    awaitTaken(own);
    asViewer()
        .get(project(project.id()))
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .body("participatingOrganisations.confirmation", contains("confirmed", "confirmed"))
        .body(
            "participatingOrganisations[1].confirmationNote",
            equalTo(
                "Confirmed by transaction " + own.subject() + ", recorded by the donor itself"));
    assertEquals(2, rows.outboxRowsOf(project.id()), "the confirmation is published once");
    asViewer()
        .get(project(project.id()) + "/history")
        .then()
        .body("items[1].organisationId", equalTo(project.donor().toString()));
  }

  @Test
  void aTransactionSomeoneElseRecordedForTheDonorConfirmsNothing() {
    Funded project = funded();
    ReceivedEvent byAnother = transaction(project, project.donor(), UUID.randomUUID());
    ReceivedEvent unknownRecorder = transaction(project, project.donor(), null);

    send(byAnother, unknownRecorder);

    awaitTaken(byAnother);
    awaitTaken(unknownRecorder);
    assertEquals("applied", rows.inboxOutcomeOf(byAnother.id()).orElseThrow());
    assertEquals(0L, rows.versionOf(project.id()).orElseThrow());
    asViewer()
        .get(project(project.id()))
        .then()
        .body("participatingOrganisations.confirmation", contains("confirmed", "unconfirmed"));
  }

  @Test
  void aDonorsTransactionOnAProjectThatDoesNotListItAsFundingChangesNothing() {
    Funded project = funded();
    UUID stranger = UUID.randomUUID();
    ReceivedEvent strangers = transaction(project, stranger, stranger);

    send(strangers);

    awaitTaken(strangers);
    assertEquals(0L, rows.versionOf(project.id()).orElseThrow());
  }
}
