package org.sdghub.funding.events;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.funding.Copies;
import org.sdghub.funding.Requests;
import org.sdghub.funding.domain.OrganisationCopy;
import org.sdghub.funding.repository.OrganisationCopyRepository;
import org.sdghub.platform.ServiceTopics;
import org.sdghub.platform.testing.EventSender;
import org.sdghub.platform.testing.Eventually;

/** The copy of the partner registry: name, kind and type; archived organisations stay, flagged. */
@QuarkusTest
class OrganisationCopyTest {

  @Inject OrganisationCopyRepository organisations;

  @Test
  void anArchivedOrganisationIsKeptFlaggedAndCannotReceiveNewTransactions() {
    UUID agency = Copies.organisation();
    UUID donor = Copies.organisation();
    UUID project = Copies.project(agency, agency).known().id;
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", donor.toString());
    data.put("name", Map.of("en", "Closed Fund", "ru", "Закрытый фонд"));
    data.put("type", "10");
    data.put("kind", "government");
    data.put("status", "archived");
    data.put("version", 1);
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(
          ServiceTopics.PARTNERS,
          EventSender.newEvent(
              Copies.PARTNERS_SOURCE,
              OrganisationEventsHandler.ARCHIVED,
              donor.toString(),
              1,
              new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(data)));
    }
    Eventually.await(
        Duration.ofSeconds(30),
        "organisation " + donor + " archived",
        () -> QuarkusTransaction.requiringNew().call(() -> organisations.findById(donor).archived));
    OrganisationCopy copy =
        QuarkusTransaction.requiringNew().call(() -> organisations.findById(donor));
    assertEquals("Closed Fund", copy.names.get("en"));
    assertEquals("government", copy.kind);
    assertTrue(copy.archived);
    Requests.asCoordinator()
        .body(Requests.transaction("3", project, donor, agency, "10", "2039-03-01"))
        .post(Requests.TRANSACTIONS)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("providerOrganisationId"));
  }

  @Test
  void aMergedOrganisationIsKeptNamingItsSurvivorAndNewTransactionsAreToldToNameThat() {
    UUID agency = Copies.organisation();
    UUID duplicate = Copies.organisation();
    UUID survivor = Copies.organisation();
    UUID project = Copies.project(agency, agency).known().id;
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", duplicate.toString());
    data.put("name", Map.of("en", "Agency " + duplicate));
    data.put("type", "40");
    data.put("kind", "un-entity");
    data.put("status", "archived");
    data.put("mergedInto", survivor.toString());
    data.put("version", 1);
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(
          ServiceTopics.PARTNERS,
          EventSender.newEvent(
              Copies.PARTNERS_SOURCE,
              OrganisationEventsHandler.MERGED,
              duplicate.toString(),
              1,
              new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(data)));
    }
    Eventually.await(
        Duration.ofSeconds(30),
        "organisation " + duplicate + " merged",
        () ->
            QuarkusTransaction.requiringNew()
                .call(() -> survivor.equals(organisations.findById(duplicate).mergedInto)));
    assertTrue(
        QuarkusTransaction.requiringNew().call(() -> organisations.findById(duplicate).archived));
    Requests.asCoordinator()
        .body(Requests.transaction("3", project, duplicate, agency, "10", "2039-03-01"))
        .post(Requests.TRANSACTIONS)
        .then()
        .statusCode(422)
        .body(
            "errors.message",
            hasItem(
                "organisation "
                    + duplicate
                    + " was merged into "
                    + survivor
                    + " in the partner registry: name that organisation instead"));
  }
}
