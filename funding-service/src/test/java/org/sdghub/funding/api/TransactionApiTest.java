package org.sdghub.funding.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdghub.funding.Requests.TRANSACTIONS;
import static org.sdghub.funding.Requests.asCoordinator;
import static org.sdghub.funding.Requests.asViewer;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdghub.funding.Copies;
import org.sdghub.funding.PublishedChanges;
import org.sdghub.funding.Requests;
import org.sdghub.funding.Rows;
import org.sdghub.funding.events.FundingEventTypes;
import org.sdghub.funding.events.PublishedChange;
import org.sdghub.platform.Role;
import org.sdghub.platform.ServiceTopics;
import org.sdghub.platform.testing.EventSchemaAssertions;
import org.sdghub.platform.testing.TopicProbe;

/**
 * Recording a transaction: conversion with its rate, the row, the event, the change for webhooks.
 */
@QuarkusTest
class TransactionApiTest {

  private static UUID donor;
  private static UUID agency;
  private static Copies.Project project;

  @Inject Rows rows;
  @Inject PublishedChanges changes;

  @BeforeEach
  void knowAProject() {
    if (project != null) {
      return;
    }
    donor = Copies.organisation();
    agency = Copies.organisation();
    project = Copies.project(agency, agency);
    project.countries.clear();
    project.countries.putAll(Map.of("KZ", 60, "UZ", 40));
    project.funders.add(donor);
    project.known();
    Requests.loadRates(
        List.of(List.of("EUR", "2031-03-01", "0.8"), List.of("EUR", "2031-02-01", "0.9")));
  }

  @Test
  void aTransactionIsConvertedToUsdAtTheRateOfItsValueDateOrTheNearestEarlier() {
    Map<String, Object> body =
        Requests.transaction("3", project.id, donor, null, "1000.00", "2031-03-20");
    body.put("currency", "EUR");
    body.put("financeType", "110");
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.FUNDING)) {
      String id =
          asCoordinator()
              .body(body)
              .post(TRANSACTIONS)
              .then()
              .statusCode(201)
              .header("ETag", "\"0\"")
              .body("type", equalTo("disbursement"))
              .body("typeCode", equalTo("3"))
              .body("amount", equalTo("1000.00"))
              .body("receiverOrganisationId", equalTo(agency.toString()))
              .body("usd.amount", equalTo("1250.00"))
              .body("usd.rate", equalTo("0.8000000000"))
              .body("usd.rateDate", equalTo("2031-03-01"))
              .body("usd.rateSource", equalTo("test rates"))
              .body("reporting.status", equalTo("reported-by-one-side"))
              .extract()
              .path("id");
      var event = probe.awaitEvents(e -> e.subject().equals(id), 1, Duration.ofSeconds(20)).get(0);
      assertEquals(FundingEventTypes.RECORDED, event.type());
      assertEquals("1250.00", event.data().at("/usd/amount").asText());
      EventSchemaAssertions.assertValid(event);
      assertEquals(1, rows.historyRowsOf(id));
      PublishedChange change = changes.about(id).get(0);
      assertEquals(UUID.fromString(event.id()), change.eventId());
      assertEquals(project.id, change.projectId());
      // The funding participant, and the providers of the project's other transactions.
      assertTrue(change.funders().contains(donor));
      assertTrue(Set.of(donor, agency).containsAll(change.funders()));
      assertEquals(Set.of(donor, agency), change.parties());
      assertEquals(Set.of("KZ", "UZ"), change.countries());
      assertEquals(Set.of(6), change.sdgGoals());
      assertEquals("1250.00", change.data().at("/usd/amount").asText());
      asViewer().get(Requests.transaction(id)).then().statusCode(200).body("id", equalTo(id));
    }
  }

  @Test
  void aTransactionSaysWhichOrganisationRecordedItInItsReadAndItsEvent() {
    try (TopicProbe probe = TopicProbe.atEnd(ServiceTopics.FUNDING)) {
      String byDonor =
          Requests.as(donor, Role.DONOR)
              .body(Requests.transaction("3", project.id, donor, null, "40.00", "2031-03-03"))
              .post(TRANSACTIONS)
              .then()
              .statusCode(201)
              .body("recordedByOrganisationId", equalTo(donor.toString()))
              .extract()
              .path("id");
      UUID coordinator = UUID.randomUUID();
      String byCoordinator =
          Requests.as(coordinator, Role.COORDINATOR)
              .body(Requests.transaction("3", project.id, donor, null, "41.00", "2031-03-03"))
              .post(TRANSACTIONS)
              .then()
              .statusCode(201)
              .body("recordedByOrganisationId", equalTo(coordinator.toString()))
              .extract()
              .path("id");

      var donorsEvent =
          probe.awaitEvents(e -> e.subject().equals(byDonor), 1, Duration.ofSeconds(20)).get(0);
      assertEquals(donor.toString(), donorsEvent.data().at("/recordedByOrganisationId").asText());
      EventSchemaAssertions.assertValid(donorsEvent);
      var coordinatorsEvent =
          probe
              .awaitEvents(e -> e.subject().equals(byCoordinator), 1, Duration.ofSeconds(20))
              .get(0);
      assertEquals(
          coordinator.toString(),
          coordinatorsEvent.data().at("/recordedByOrganisationId").asText());
    }
  }

  @Test
  void aTransactionTypeIsAcceptedByNameOrCode() {
    for (String type : List.of("incoming-pledge", "13", "Incoming-Pledge")) {
      asCoordinator()
          .body(Requests.transaction(type, project.id, donor, agency, "5", "2031-03-02"))
          .post(TRANSACTIONS)
          .then()
          .statusCode(201)
          .body("typeCode", equalTo("13"));
    }
  }

  @Test
  void listsFilterByProjectAndType() {
    Requests.record(
        Requests.transaction("expenditure", project.id, agency, agency, "7", "2031-03-05"));
    asViewer()
        .queryParam("project", project.id.toString())
        .queryParam("type", "4")
        .get(TRANSACTIONS)
        .then()
        .statusCode(200)
        .body("items.type", hasItem("expenditure"))
        .body("items.findAll { it.type != 'expenditure' }.size()", equalTo(0));
  }
}
