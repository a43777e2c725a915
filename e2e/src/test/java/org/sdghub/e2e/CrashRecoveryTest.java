package org.sdghub.e2e;

import static java.util.stream.Collectors.toSet;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sdghub.client.ApiClient;
import org.sdghub.client.ApiException;
import org.sdghub.client.api.FundingApi;
import org.sdghub.client.api.ProjectsApi;
import org.sdghub.client.api.WhoWhatWhereApi;
import org.sdghub.client.model.FigureView;
import org.sdghub.client.model.ProjectRequest;
import org.sdghub.client.model.ProjectView;
import org.sdghub.client.model.TransactionRequest;
import org.sdghub.client.model.TransactionView;
import org.sdghub.client.model.WhoWhatWhereAnswer;
import org.sdghub.client.model.WhoWhatWhereGroup;

/**
 * A service is killed (SIGKILL) while a client's writes are being acknowledged, and started again
 * on its port and database: every write that was acknowledged is there, its event reached every
 * consumer, and nothing was applied twice — counted in the gateway's 3W, in funding-service's
 * figures and in the webhook messages a donor receives.
 */
@ExtendWith(RunningStack.class)
class CrashRecoveryTest {

  private static final BigDecimal COMMITTED_EACH = new BigDecimal("1000.00");
  private static final LocalDate VALUE_DATE = LocalDate.of(2025, 6, 1);
  private static final int SIGKILL_EXIT = 128 + 9;

  private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  @Test
  void projectsAcknowledgedAroundAKilledProjectsServiceReachEveryConsumerOnce() throws Exception {
    Region region = Region.register("KG-C", run);
    AcknowledgedWrites<ProjectView> writes =
        new AcknowledgedWrites<>(
            "projects-" + run,
            (n, key) ->
                new ProjectsApi(region.asAgency)
                    .createProjectWithHttpInfo(
                        ProjectsApi.APICreateProjectRequest.newBuilder()
                            .projectRequest(region.project("XM-CRASH-" + run + "-" + n))
                            .idempotencyKey(key)
                            .build()));

    try (DonorReceiver receiver = DonorReceiver.start(false)) {
      Scenarios.subscribe(region.asDonor, receiver);
      crashWhileWriting("projects-service", writes);

      Collection<ProjectView> stored = writes.all().values();
      for (ProjectView written : stored) {
        ProjectView read = project(region.asAgency, written.getId());
        assertEquals(written.getIatiIdentifier(), read.getIatiIdentifier());
        assertEquals(written.getVersion(), read.getVersion());
      }
      Set<UUID> ids = stored.stream().map(ProjectView::getId).collect(toSet());
      await("the gateway's 3W to hold each acknowledged project once")
          .atMost(Hub.PROPAGATION)
          .untilAsserted(
              () -> {
                WhoWhatWhereAnswer rows = region.whoWhatWhere(null);
                assertEquals(ids, rows.getItems().stream().map(p -> p.getId()).collect(toSet()));
                assertEquals(ids.size(), rows.getTotal());
                assertEquals(ids.size(), region.areaGroup().getProjects(), "projects in the area");
              });
      // funding-service knows each project from its event: a commitment to each is accepted.
      Set<String> commitments =
          stored.stream()
              .map(project -> region.commit(project.getId(), "e2e-commit-" + project.getId()))
              .map(transaction -> transaction.getId().toString())
              .collect(toSet());
      region.awaitCommittedInTheArea(ids.size(), commitments.size());
      assertOneMessagePerTransaction(receiver, commitments);
    } finally {
      writes.stop();
    }
  }

  @Test
  void commitmentsAcknowledgedAroundAKilledFundingServiceAreCountedAndDeliveredOnce()
      throws Exception {
    Region region = Region.register("KG-Y", run);
    ProjectView project =
        Hub.createProject(
            region.asAgency, region.project("XM-FUNDED-" + run), "e2e-funded-project-" + run);
    AcknowledgedWrites<TransactionView> writes =
        new AcknowledgedWrites<>(
            "commitments-" + run,
            (n, key) ->
                new FundingApi(region.asDonor)
                    .recordTransactionWithHttpInfo(
                        FundingApi.APIRecordTransactionRequest.newBuilder()
                            .transactionRequest(region.commitment(project.getId()))
                            .idempotencyKey(key)
                            .build()));

    try (DonorReceiver receiver = DonorReceiver.start(false)) {
      Scenarios.subscribe(region.asDonor, receiver);
      crashWhileWriting("funding-service", writes);

      Set<String> acknowledged =
          writes.all().values().stream().map(t -> t.getId().toString()).collect(toSet());
      for (TransactionView written : writes.all().values()) {
        TransactionView read =
            new FundingApi(region.asDonor)
                .getTransaction(
                    FundingApi.APIGetTransactionRequest.newBuilder().id(written.getId()).build());
        assertEquals(written.getVersion(), read.getVersion());
      }
      assertEquals(
          acknowledged,
          new FundingApi(region.asDonor)
                  .listTransactions(
                      FundingApi.APIListTransactionsRequest.newBuilder()
                          .project(project.getId().toString())
                          .size("100")
                          .build())
                  .getItems()
                  .stream()
                  .map(t -> t.getId().toString())
                  .collect(toSet()),
          "the project holds exactly the acknowledged transactions");
      FigureView committed =
          new FundingApi(region.asDonor)
              .getProjectFunding(
                  FundingApi.APIGetProjectFundingRequest.newBuilder()
                      .projectId(project.getId())
                      .build())
              .getFigures()
              .getCommitted();
      assertEquals(acknowledged.size(), committed.getTransactions());
      Hub.assertAmount(total(acknowledged.size()), committed.getUsd(), "committed USD");
      region.awaitCommittedInTheArea(1, acknowledged.size());
      assertOneMessagePerTransaction(receiver, acknowledged);
    } finally {
      writes.stop();
    }
  }

  /** Kills the service once some writes are acknowledged, and restarts it while they go on. */
  private static void crashWhileWriting(String service, AcknowledgedWrites<?> writes)
      throws Exception {
    writes.writeFirst();
    writes.startInBackground();
    writes.awaitAcknowledged(4);

    assertEquals(SIGKILL_EXIT, RunningStack.started().kill(service), service + " ends by SIGKILL");
    writes.awaitUnacknowledged(1);
    RunningStack.started().restart(service);
    writes.awaitAcknowledged(writes.acknowledgedCount() + 3);
    writes.stop();
    System.out.println(service + " killed and restarted; " + writes.summary());
  }

  private static void assertOneMessagePerTransaction(
      DonorReceiver receiver, Set<String> transactions) {
    await("the donor's receiver to hear of every commitment")
        .atMost(Hub.PROPAGATION)
        .until(
            () ->
                receiver.verified().stream()
                    .map(DonorReceiver.Delivery::subject)
                    .collect(toSet())
                    .containsAll(transactions));
    for (String transaction : transactions) {
      assertEquals(1, receiver.messageIdsAbout(transaction).size(), "messages of " + transaction);
    }
    Set<String> ids =
        receiver.verified().stream().map(DonorReceiver.Delivery::webhookId).collect(toSet());
    assertEquals(transactions.size(), ids.size(), "one message id per transaction, none else");
    assertEquals(0, receiver.refused(), "every delivery's signature verified");
  }

  private static ProjectView project(ApiClient client, UUID id) throws ApiException {
    return new ProjectsApi(client)
        .getProject(ProjectsApi.APIGetProjectRequest.newBuilder().id(id).build());
  }

  private static BigDecimal total(int commitments) {
    return COMMITTED_EACH.multiply(BigDecimal.valueOf(commitments));
  }

  /** A partner agency and a donor of their own, working in one area of Kyrgyzstan. */
  private record Region(
      String area, String run, UUID agency, UUID donor, ApiClient asAgency, ApiClient asDonor) {

    static Region register(String area, String run) throws ApiException {
      ApiClient coordinator = Hub.coordinator();
      UUID agency =
          Hub.register(coordinator, "NGO " + area, "Resilience " + area + " " + run, "ngo", "21")
              .getId();
      UUID donor =
          Hub.register(coordinator, "FDN " + area, "Fund " + area + " " + run, "foundation", "60")
              .getId();
      return new Region(
          area,
          run,
          agency,
          donor,
          Hub.as(Hub.issueKey(coordinator, agency, "partner")),
          Hub.as(Hub.issueKey(coordinator, donor, "donor")));
    }

    ProjectRequest project(String identifier) {
      return Scenarios.waterProject(
          identifier,
          agency,
          donor,
          "KG",
          area,
          LocalDate.of(2025, 1, 1),
          LocalDate.of(2026, 12, 31),
          "50000.00");
    }

    TransactionRequest commitment(UUID project) {
      return Scenarios.commitment(
          project, donor, agency, COMMITTED_EACH.toPlainString(), "USD", VALUE_DATE);
    }

    TransactionView commit(UUID project, String key) {
      return Hub.onceKnown(
          "funding-service to learn project " + project,
          () -> Hub.recordNow(asDonor, commitment(project), key));
    }

    WhoWhatWhereAnswer whoWhatWhere(String groupBy) throws ApiException {
      return new WhoWhatWhereApi(asAgency)
          .queryWhoWhatWhere(
              WhoWhatWhereApi.APIQueryWhoWhatWhereRequest.newBuilder()
                  .organisation(agency.toString())
                  .adminArea(area)
                  .groupBy(groupBy)
                  .size(100)
                  .build());
    }

    WhoWhatWhereGroup areaGroup() throws ApiException {
      WhoWhatWhereAnswer answer = whoWhatWhere("adminArea");
      assertEquals(1, answer.getGroups().size(), "groups: " + answer.getGroups());
      WhoWhatWhereGroup group = answer.getGroups().get(0);
      assertTrue(group.getKey().containsValue(area), "the group of " + area + ": " + group);
      return group;
    }

    /** Waits until the gateway's 3W of the area counts each commitment, once. */
    void awaitCommittedInTheArea(int projects, int commitments) {
      await("the gateway's 3W to count each commitment once")
          .atMost(Hub.PROPAGATION)
          .untilAsserted(
              () -> {
                WhoWhatWhereGroup group = areaGroup();
                assertEquals(projects, group.getProjects());
                Hub.assertAmount(total(commitments), group.getCommittedUsd(), "committed " + group);
              });
    }
  }
}
