package org.sdghub.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sdghub.client.ApiClient;
import org.sdghub.client.ApiException;
import org.sdghub.client.api.CoordinationApi;
import org.sdghub.client.api.FundingApi;
import org.sdghub.client.api.OrganisationsApi;
import org.sdghub.client.api.ProjectsApi;
import org.sdghub.client.api.WebhooksApi;
import org.sdghub.client.api.WhoWhatWhereApi;
import org.sdghub.client.model.LocalisedText;
import org.sdghub.client.model.OverlapPair;
import org.sdghub.client.model.ProjectFundingView;
import org.sdghub.client.model.ProjectRequest;
import org.sdghub.client.model.ProjectView;
import org.sdghub.client.model.TransactionRequest;
import org.sdghub.client.model.TransactionView;
import org.sdghub.client.model.UploadReport;
import org.sdghub.client.model.WebhookMessage;
import org.sdghub.client.model.WhoWhatWhereAnswer;
import org.sdghub.client.model.WhoWhatWhereGroup;
import org.sdghub.client.model.WhoWhatWhereProject;

/**
 * The region's coordination as its users live it, against the running stack: the coordinator
 * registers the organisations and issues their keys, UNDP reports a water project in
 * Karakalpakstan, the EU commits euros to it and its system hears of it by a signed webhook, the
 * funding gap and the who-what-where view show the money in USD, another agency's project in the
 * same place is flagged as an overlap, and what a caller may not do is refused.
 */
@ExtendWith(RunningStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DonorAndAgencyScenarioTest {

  private static final String KARAKALPAKSTAN = "UZ-QR";
  private static final String BUDGET_USD = "2000000.00";
  private static final String EUROS = "750000.00";
  private static final LocalDate VALUE_DATE = LocalDate.of(2025, 3, 14);

  private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  private DonorReceiver receiver;
  private UUID undp;
  private UUID unicef;
  private UUID eu;
  private ApiClient asUndp;
  private ApiClient asUnicef;
  private ApiClient asEu;
  private ApiClient asViewer;
  private ProjectRequest undpRequest;
  private ProjectView undpProject;
  private ProjectView unicefProject;
  private TransactionView commitment;

  @AfterAll
  void closeReceiver() {
    if (receiver != null) {
      receiver.close();
    }
  }

  @Test
  @Order(1)
  void coordinatorRegistersTheOrganisationsAndIssuesTheirKeys() throws Exception {
    ApiClient coordinator = Hub.coordinator();
    undp = Hub.register(coordinator, "UNDP", "UNDP " + run, "un-entity", "40").getId();
    unicef = Hub.register(coordinator, "UNICEF", "UNICEF " + run, "un-entity", "40").getId();
    eu = Hub.register(coordinator, "EU", "European Union " + run, "donor-government", "40").getId();
    UUID ministry =
        Hub.register(coordinator, "MWR", "Ministry of Water " + run, "national-government", "10")
            .getId();

    asUndp = Hub.as(Hub.issueKey(coordinator, undp, "partner"));
    asUnicef = Hub.as(Hub.issueKey(coordinator, unicef, "partner"));
    asEu = Hub.as(Hub.issueKey(coordinator, eu, "donor"));
    asViewer = Hub.as(Hub.issueKey(coordinator, ministry, "viewer"));

    assertEquals(
        "UNDP " + run,
        new OrganisationsApi(asViewer)
            .getOrganisation(
                OrganisationsApi.APIGetOrganisationRequest.newBuilder().id(undp).build())
            .getName()
            .getEn(),
        "a viewer's new key reads the registry");
  }

  @Test
  @Order(2)
  void coordinatorUploadsTheDemoExchangeRatesAsCsv() throws Exception {
    UploadReport report = Scenarios.uploadRates(Hub.coordinator(), Scenarios.demoRates());

    long rows = java.nio.file.Files.readAllLines(Scenarios.demoRates()).size() - 1;
    assertEquals(
        rows,
        report.getCreated() + report.getCorrected() + report.getUnchanged(),
        "every row of the file is accounted for: " + report);
  }

  @Test
  @Order(3)
  void undpRegistersAWaterProjectInKarakalpakstan() throws Exception {
    undpRequest =
        Scenarios.waterProject(
            "XM-DAC-41114-UZ-" + run,
            undp,
            eu,
            "UZ",
            KARAKALPAKSTAN,
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2027, 12, 31),
            BUDGET_USD);

    undpProject = Hub.createProject(asUndp, undpRequest, "e2e-undp-project-" + run);

    ProjectView read = project(asViewer, undpProject.getId());
    assertEquals(undp, read.getReportingOrganisationId());
    assertEquals(KARAKALPAKSTAN, read.getLocations().get(0).getAdminArea());
    assertEquals(java.util.List.of("6.4"), read.getSdgTargets());
  }

  @Test
  @Order(4)
  void euCommitsEurosAndItsRetriedPostGetsTheSameTransaction() throws Exception {
    receiver = DonorReceiver.start(true);
    Scenarios.subscribe(asEu, receiver);
    TransactionRequest request =
        Scenarios.commitment(undpProject.getId(), eu, undp, EUROS, "EUR", VALUE_DATE);
    String key = "e2e-eu-commitment-" + run;

    commitment = Hub.record(asEu, request, key);
    TransactionView retried = Hub.recordNow(asEu, request, key);

    assertEquals(commitment.getId(), retried.getId(), "a retry answers the first transaction");
    assertEquals(commitment.getVersion(), retried.getVersion());
    assertEquals(
        1L,
        new FundingApi(asEu)
            .listTransactions(
                FundingApi.APIListTransactionsRequest.newBuilder()
                    .project(undpProject.getId().toString())
                    .build())
            .getTotal(),
        "the project holds one transaction after the retry");
    BigDecimal rate = Scenarios.unitsPerUsd(Scenarios.demoRates(), "EUR", VALUE_DATE);
    Hub.assertAmount(rate, commitment.getUsd().getRate(), "EUR rate");
    BigDecimal expectedUsd = new BigDecimal(EUROS).divide(rate, 2, RoundingMode.HALF_EVEN);
    assertTrue(
        expectedUsd.subtract(usd(commitment)).abs().compareTo(new BigDecimal("0.01")) <= 0,
        "USD value " + usd(commitment) + " is " + EUROS + " EUR at " + rate);
  }

  @Test
  @Order(5)
  void euReceivesOneSignedMessageOfTheCommitmentThoughItsFirstAttemptFailed() throws Exception {
    String transaction = commitment.getId().toString();

    await("the EU's receiver to verify the commitment's delivery")
        .atMost(Hub.PROPAGATION)
        .until(() -> !receiver.messageIdsAbout(transaction).isEmpty());

    Set<String> ids = receiver.messageIdsAbout(transaction);
    assertEquals(1, ids.size(), "one message per transaction: " + receiver.verified());
    String webhookId = ids.iterator().next();
    assertTrue(receiver.failedOnce(webhookId), "the first attempt was answered 503");
    assertEquals(1, receiver.deliveriesOf(webhookId), "delivered once after the retry");
    assertEquals(0, receiver.refused(), "every delivery's signature verified");
    UUID subscription =
        new WebhooksApi(asEu)
            .listSubscriptions(WebhooksApi.APIListSubscriptionsRequest.newBuilder().build())
            .getItems()
            .get(0)
            .getId();
    await("funding-service to log the delivery as delivered")
        .atMost(Hub.PROPAGATION)
        .untilAsserted(
            () -> {
              WebhookMessage message =
                  new WebhooksApi(asEu)
                          .listMessages(
                              WebhooksApi.APIListMessagesRequest.newBuilder()
                                  .id(subscription)
                                  .build())
                          .getItems()
                          .stream()
                          .filter(m -> m.getWebhookId().equals(webhookId))
                          .findFirst()
                          .orElseThrow();
              assertEquals(WebhookMessage.StateEnum.DELIVERED, message.getState());
              assertEquals(2, message.getAttempts(), "a failed attempt, then the delivery");
            });
  }

  @Test
  @Order(6)
  void fundingGapAndWhoWhatWhereShowTheCommitmentInUsd() throws ApiException {
    BigDecimal committed = usd(commitment);
    BigDecimal gap = new BigDecimal(BUDGET_USD).subtract(committed);

    await("funding-service's gap of the project to count the commitment")
        .atMost(Hub.PROPAGATION)
        .untilAsserted(
            () -> {
              ProjectFundingView funding =
                  new FundingApi(asViewer)
                      .getProjectFunding(
                          FundingApi.APIGetProjectFundingRequest.newBuilder()
                              .projectId(undpProject.getId())
                              .build());
              Hub.assertAmount(
                  committed, funding.getFigures().getCommitted().getUsd(), "committed");
              Hub.assertAmount(gap, funding.getFigures().getGapUsd(), "gap");
            });
    await("the gateway's 3W of Karakalpakstan, target 6.4, to count the commitment")
        .atMost(Hub.PROPAGATION)
        .untilAsserted(
            () -> {
              WhoWhatWhereGroup group = onlyGroup(karakalpakstanBy("adminArea,sdgTarget"));
              assertEquals(Map.of("adminArea", KARAKALPAKSTAN, "sdgTarget", "6.4"), group.getKey());
              assertEquals(1L, group.getProjects());
              Hub.assertAmount(committed, group.getCommittedUsd(), "committed");
              Hub.assertAmount(gap, group.getGapUsd(), "gap");
            });
    WhoWhatWhereProject row =
        karakalpakstanBy(null).getItems().stream()
            .filter(item -> item.getId().equals(undpProject.getId()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("UNDP's project is not in the ungrouped 3W"));
    Hub.assertAmount(committed, row.getCommittedUsd(), "the project's committed USD");
    Hub.assertAmount(gap, row.getGapUsd(), "the project's gap");
  }

  @Test
  @Order(7)
  void anotherAgencysProjectInTheSamePlaceIsFlaggedAsAnOverlap() throws Exception {
    unicefProject =
        Hub.createProject(asUnicef, unicefRequest("900000.00"), "e2e-unicef-project-" + run);

    OverlapPair pair =
        await("the gateway to flag UNDP's and UNICEF's projects as an overlap")
            .atMost(Hub.PROPAGATION)
            .until(this::undpAndUnicefOverlap, found -> found != null);

    assertTrue(pair.getReasons().getSharedTargets().contains("6.4"), "shared target");
    assertTrue(pair.getReasons().getSharedAreas().contains(KARAKALPAKSTAN), "shared area");
    assertEquals(LocalDate.of(2026, 6, 1), pair.getReasons().getOverlapFrom());
    assertEquals(LocalDate.of(2027, 12, 31), pair.getReasons().getOverlapTo());
    Set<UUID> accountable =
        Set.of(
            pair.getProjects().get(0).getAccountable().iterator().next(),
            pair.getProjects().get(1).getAccountable().iterator().next());
    assertEquals(Set.of(undp, unicef), accountable, "different accountable organisations");
  }

  @Test
  @Order(8)
  void partnerCannotEditAnotherAgencysProject() throws Exception {
    ProjectView before = project(asUndp, unicefProject.getId());
    ProjectRequest takeover =
        unicefRequest("1.00").title(new LocalisedText().en("Taken over by UNDP"));

    Hub.refused(
        asUndp, 403, () -> update(asUndp, unicefProject.getId(), before.getVersion(), takeover));

    ProjectView after = project(asUnicef, unicefProject.getId());
    assertEquals(before.getVersion(), after.getVersion(), "the project did not change");
    assertEquals("900000.00", after.getBudget().getAmount());
  }

  @Test
  @Order(9)
  void viewerCannotWrite() {
    ProjectRequest own =
        Scenarios.waterProject(
            "XM-VIEWER-" + run,
            undp,
            eu,
            "UZ",
            KARAKALPAKSTAN,
            LocalDate.of(2025, 1, 1),
            null,
            "1.00");
    Hub.refused(
        asViewer,
        403,
        () ->
            new ProjectsApi(asViewer)
                .createProject(
                    ProjectsApi.APICreateProjectRequest.newBuilder().projectRequest(own).build()));
    Hub.refused(
        asViewer,
        403,
        () ->
            Hub.recordNow(
                asViewer,
                Scenarios.commitment(undpProject.getId(), eu, undp, "1.00", "EUR", VALUE_DATE),
                null));
  }

  @Test
  @Order(10)
  void staleIfMatchAnswers412AndChangesNothing() throws Exception {
    long read = project(asUndp, undpProject.getId()).getVersion();
    ProjectView renamed =
        update(
            asUndp,
            undpProject.getId(),
            read,
            undpRequest.title(new LocalisedText().en("Karakalpakstan water efficiency")));
    assertNotEquals(read, renamed.getVersion());

    Hub.refused(
        asUndp,
        412,
        () ->
            update(
                asUndp,
                undpProject.getId(),
                read,
                undpRequest.title(new LocalisedText().en("A lost update"))));

    ProjectView now = project(asViewer, undpProject.getId());
    assertEquals(renamed.getVersion(), now.getVersion());
    assertEquals("Karakalpakstan water efficiency", now.getTitle().getEn());
  }

  /** UNICEF's project: the same target and area as UNDP's, from half-way through UNDP's. */
  private ProjectRequest unicefRequest(String budgetUsd) {
    return Scenarios.waterProject(
        "XM-DAC-41122-UZ-" + run,
        unicef,
        eu,
        "UZ",
        KARAKALPAKSTAN,
        LocalDate.of(2026, 6, 1),
        LocalDate.of(2028, 5, 31),
        budgetUsd);
  }

  private OverlapPair undpAndUnicefOverlap() throws ApiException {
    Set<UUID> wanted = Set.of(undpProject.getId(), unicefProject.getId());
    return new CoordinationApi(asViewer)
        .listOverlaps().getItems().stream()
            .filter(
                pair ->
                    wanted.equals(
                        Set.of(
                            pair.getProjects().get(0).getId(), pair.getProjects().get(1).getId())))
            .findFirst()
            .orElse(null);
  }

  private WhoWhatWhereAnswer karakalpakstanBy(String groupBy) throws ApiException {
    return new WhoWhatWhereApi(asViewer)
        .queryWhoWhatWhere(
            WhoWhatWhereApi.APIQueryWhoWhatWhereRequest.newBuilder()
                .adminArea(KARAKALPAKSTAN)
                .sdgTarget("6.4")
                .groupBy(groupBy)
                .build());
  }

  private static WhoWhatWhereGroup onlyGroup(WhoWhatWhereAnswer answer) {
    assertEquals(1, answer.getGroups().size(), "groups: " + answer.getGroups());
    return answer.getGroups().get(0);
  }

  private static ProjectView project(ApiClient client, UUID id) throws ApiException {
    return new ProjectsApi(client)
        .getProject(ProjectsApi.APIGetProjectRequest.newBuilder().id(id).build());
  }

  private static ProjectView update(ApiClient client, UUID id, long version, ProjectRequest body)
      throws ApiException {
    return new ProjectsApi(client)
        .updateProject(
            ProjectsApi.APIUpdateProjectRequest.newBuilder()
                .id(id)
                .ifMatch("\"" + version + "\"")
                .projectRequest(body)
                .build());
  }

  private static BigDecimal usd(TransactionView transaction) {
    return new BigDecimal(transaction.getUsd().getAmount());
  }
}
