package org.sdghub.funding.events;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdghub.funding.Requests.TRANSACTIONS;
import static org.sdghub.funding.Requests.asCoordinator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.funding.Copies;
import org.sdghub.funding.PublishedChanges;
import org.sdghub.funding.Requests;
import org.sdghub.funding.Rows;
import org.sdghub.funding.domain.ProjectCopy;
import org.sdghub.funding.repository.ProjectCopyRepository;
import org.sdghub.platform.testing.Eventually;

/** The copy of the projects, kept from their events, and what it allows. */
@QuarkusTest
class ProjectCopyTest {

  @Inject ProjectCopyRepository projects;
  @Inject PublishedChanges changes;
  @Inject Rows rows;

  @Test
  void aProjectEventIsCopiedWithWhatFundingNeeds() {
    UUID org = Copies.organisation();
    UUID funder = Copies.organisation();
    Copies.Project project = Copies.project(org, org);
    project.funders.add(funder);
    project.countries.put("KG", 0);
    project.known();
    ProjectCopy copy = QuarkusTransaction.requiringNew().call(() -> projects.findById(project.id));
    assertEquals(org, copy.reportingOrganisationId);
    assertEquals("implementation", copy.status);
    assertEquals(0, copy.budgetAmount.compareTo(new java.math.BigDecimal("1000000")));
    assertEquals(List.of(6), copy.sdgGoals);
    assertEquals(List.of(funder), copy.fundingOrganisations());
    assertEquals(org, copy.accountableOrganisation());
  }

  @Test
  void anAppliedProjectEventIsPassedOnToTheWebhooksWithItsReceivedId() {
    UUID org = Copies.organisation();
    UUID funder = Copies.organisation();
    Copies.Project project = Copies.project(org, org);
    project.funders.add(funder);
    project.known();
    var change =
        Eventually.awaitValue(
            java.time.Duration.ofSeconds(10),
            "a change about project " + project.id,
            () -> changes.about(project.id.toString()).stream().findFirst());
    assertEquals(ProjectEventsHandler.CREATED, change.type());
    assertEquals(Copies.PROJECTS_SOURCE, change.source());
    assertEquals(project.id, change.projectId());
    assertEquals(Set.of(funder), change.funders());
    assertEquals(Set.of("KZ"), change.countries());
    assertEquals(project.id.toString(), change.data().get("id").asText());
    assertTrue(change.parties().isEmpty());
  }

  @Test
  void aTransactionOnADeletedProjectAnswers422NamingIt() {
    UUID org = Copies.organisation();
    Copies.Project project = Copies.project(org, org).known().publish("deleted");
    ProjectCopy copy = QuarkusTransaction.requiringNew().call(() -> projects.findById(project.id));
    assertTrue(copy.deleted, "a deleted project is kept, flagged");
    asCoordinator()
        .body(Requests.transaction("3", project.id, org, org, "10", "2039-02-01"))
        .post(TRANSACTIONS)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("projectId"))
        .body("detail", containsString("deleted"));
    assertEquals(0, rows.transactionsOn(project.id));
  }
}
