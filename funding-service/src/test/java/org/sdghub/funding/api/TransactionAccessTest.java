package org.sdghub.funding.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.funding.Requests.TRANSACTIONS;
import static org.sdghub.funding.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdghub.funding.Copies;
import org.sdghub.funding.Requests;
import org.sdghub.funding.Rows;
import org.sdghub.platform.Role;

/**
 * Who records what (Permissions), each rule both ways; a refused write leaves no row and no event.
 */
@QuarkusTest
class TransactionAccessTest {

  private static UUID donor;
  private static UUID agency;
  private static UUID implementer;

  @Inject Rows rows;

  @BeforeEach
  void knowOrganisations() {
    if (donor == null) {
      donor = Copies.organisation();
      agency = Copies.organisation();
      implementer = Copies.organisation();
    }
  }

  /** A fresh project the agency reports and is accountable for. */
  private UUID project() {
    return Copies.project(agency, agency).known().id;
  }

  private void allowed(UUID caller, Role role, String type, UUID project, UUID provider) {
    as(caller, role)
        .body(Requests.transaction(type, project, provider, agency, "10", "2034-01-01"))
        .post(TRANSACTIONS)
        .then()
        .statusCode(201);
    assertEquals(1, rows.transactionsOn(project));
  }

  private void refused(UUID caller, Role role, String type, UUID project, UUID provider) {
    as(caller, role)
        .body(Requests.transaction(type, project, provider, agency, "10", "2034-01-01"))
        .post(TRANSACTIONS)
        .then()
        .statusCode(403);
    assertEquals(0, rows.transactionsOn(project));
    assertEquals(0, rows.outboxRowsAbout(project));
  }

  @Test
  void donorRecordsATransactionItsOrganisationProvides() {
    allowed(donor, Role.DONOR, "disbursement", project(), donor);
  }

  @Test
  void donorCannotRecordATransactionForAnotherProvider() {
    refused(donor, Role.DONOR, "disbursement", project(), implementer);
  }

  @Test
  void partnerRecordsIncomingFundsOnAProjectItReports() {
    allowed(agency, Role.PARTNER, "incoming-funds", project(), donor);
  }

  @Test
  void partnerRecordsExpenditureOnAProjectItIsAccountableFor() {
    UUID project = Copies.project(implementer, agency).known().id;
    allowed(agency, Role.PARTNER, "expenditure", project, agency);
  }

  @Test
  void partnerCannotRecordIncomingFundsOnAProjectItNeitherReportsNorIsAccountableFor() {
    refused(implementer, Role.PARTNER, "incoming-funds", project(), donor);
  }

  @Test
  void partnerRecordsADisbursementItsOrganisationProvides() {
    allowed(implementer, Role.PARTNER, "disbursement", project(), implementer);
  }

  @Test
  void partnerCannotRecordADisbursementAnotherOrganisationProvides() {
    refused(agency, Role.PARTNER, "outgoing-commitment", project(), donor);
  }

  @Test
  void partnerCannotRecordAPledgeEvenOnItsOwnProject() {
    refused(agency, Role.PARTNER, "outgoing-pledge", project(), donor);
  }

  @Test
  void coordinatorRecordsAnyTransaction() {
    allowed(UUID.randomUUID(), Role.COORDINATOR, "outgoing-pledge", project(), donor);
  }

  @Test
  void viewerCannotRecordATransaction() {
    refused(donor, Role.VIEWER, "disbursement", project(), donor);
  }

  @Test
  void donorCannotWithdrawAnotherProvidersTransaction() {
    UUID project = project();
    String id =
        Requests.record(
            Requests.transaction("3", project, implementer, agency, "10", "2034-01-01"));
    as(donor, Role.DONOR)
        .header("If-Match", "\"0\"")
        .delete(Requests.transaction(id))
        .then()
        .statusCode(403);
    assertEquals(1, rows.historyRowsOf(id));
  }

  @Test
  void donorCannotCorrectItsTransactionIntoAnotherProviders() {
    UUID project = project();
    Map<String, Object> body =
        Requests.transaction("3", project, donor, agency, "10", "2034-01-01");
    String id =
        as(donor, Role.DONOR)
            .body(body)
            .post(TRANSACTIONS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    body.put("providerOrganisationId", implementer.toString());
    as(donor, Role.DONOR)
        .header("If-Match", "\"0\"")
        .body(body)
        .put(Requests.transaction(id))
        .then()
        .statusCode(403);
    assertEquals(1, rows.historyRowsOf(id));
  }

  @Test
  void everyAuthenticatedCallerReadsAndAnonymousCallersDoNot() {
    as(UUID.randomUUID(), Role.VIEWER).get(TRANSACTIONS).then().statusCode(200);
    io.restassured.RestAssured.given().get(TRANSACTIONS).then().statusCode(401);
  }
}
