package org.sdghub.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sdghub.client.ApiClient;
import org.sdghub.client.ApiException;
import org.sdghub.client.api.ProjectsApi;
import org.sdghub.client.api.WhoWhatWhereApi;
import org.sdghub.client.model.ProjectView;
import org.sdghub.client.model.TransactionView;
import org.sdghub.client.model.WhoWhatWhereAnswer;
import org.sdghub.client.model.WhoWhatWhereGroup;
import org.sdghub.localstack.LocalStack;

/**
 * projects-service is killed (SIGKILL) while a partner's writes are being acknowledged, and started
 * again on its port and database: every write that was acknowledged is there, its event reached
 * every consumer (the gateway's 3W and funding-service, which records a donor's commitment on
 * each), and nothing was applied twice.
 */
@ExtendWith(RunningStack.class)
class CrashRecoveryTest {

  private static final String AREA = "KG-C";
  private static final String SERVICE = "projects-service";
  private static final BigDecimal COMMITTED_EACH = new BigDecimal("1000.00");
  private static final int SIGKILL_EXIT = 128 + 9;

  private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  @Test
  void acknowledgedWritesSurviveAKilledServiceAndReachEveryConsumerOnce() throws Exception {
    ApiClient coordinator = Hub.coordinator();
    UUID agency = Hub.register(coordinator, "CRA", "Chuy Resilience " + run, "ngo", "21").getId();
    UUID donor = Hub.register(coordinator, "CDF", "Chuy Donor " + run, "foundation", "60").getId();
    ApiClient asAgency = Hub.as(Hub.issueKey(coordinator, agency, "partner"));
    ApiClient asDonor = Hub.as(Hub.issueKey(coordinator, donor, "donor"));
    PartnerWrites writes = new PartnerWrites(asAgency, agency, donor, AREA, run);
    LocalStack stack = RunningStack.started();

    try (DonorReceiver receiver = DonorReceiver.start(false)) {
      Scenarios.subscribe(asDonor, receiver);
      writes.writeFirst();
      writes.startInBackground();
      writes.awaitAcknowledged(4);

      assertEquals(SIGKILL_EXIT, stack.kill(SERVICE), SERVICE + " ended by SIGKILL");
      writes.awaitUnacknowledged(1);
      stack.restart(SERVICE);
      writes.awaitAcknowledged(writes.acknowledgedCount() + 3);
      writes.stop();
      System.out.printf(
          "%s killed and restarted: %d writes acknowledged, %d attempts unanswered and retried,"
              + " %d answered by a replay%n",
          SERVICE, writes.acknowledgedCount(), writes.unacknowledgedCount(), writes.replayed());

      Map<String, ProjectView> stored = writes.all();
      assertEachReadsBack(asAgency, stored);
      assertTheGatewayHoldsEachOnce(asAgency, agency, stored.size(), stored);
      List<TransactionView> commitments = commitToEach(asDonor, donor, agency, stored);
      assertEachCommitmentCountedOnce(asAgency, agency, commitments.size());
      assertOneMessagePerTransaction(receiver, commitments);
    } finally {
      writes.stop();
    }
  }

  private static void assertEachReadsBack(ApiClient client, Map<String, ProjectView> stored)
      throws ApiException {
    for (ProjectView written : stored.values()) {
      ProjectView read =
          new ProjectsApi(client)
              .getProject(
                  ProjectsApi.APIGetProjectRequest.newBuilder().id(written.getId()).build());
      assertEquals(written.getIatiIdentifier(), read.getIatiIdentifier());
      assertEquals(written.getVersion(), read.getVersion());
    }
    List<ProjectView> listed =
        new ProjectsApi(client)
            .listProjects(
                ProjectsApi.APIListProjectsRequest.newBuilder()
                    .adminArea(AREA)
                    .q(null)
                    .size(100)
                    .build())
            .getItems();
    Set<UUID> ids = stored.values().stream().map(ProjectView::getId).collect(Collectors.toSet());
    assertEquals(
        ids,
        listed.stream().map(ProjectView::getId).filter(ids::contains).collect(Collectors.toSet()));
  }

  private void assertTheGatewayHoldsEachOnce(
      ApiClient client, UUID agency, int count, Map<String, ProjectView> stored) {
    Set<UUID> ids = stored.values().stream().map(ProjectView::getId).collect(Collectors.toSet());
    await("the gateway's 3W to hold each acknowledged project once")
        .atMost(Hub.PROPAGATION)
        .untilAsserted(
            () -> {
              WhoWhatWhereAnswer items = whoWhatWhere(client, agency, null);
              assertEquals(
                  ids, items.getItems().stream().map(p -> p.getId()).collect(Collectors.toSet()));
              assertEquals(count, items.getTotal());
              assertEquals(
                  count, onlyGroup(whoWhatWhere(client, agency, "adminArea")).getProjects());
            });
  }

  private List<TransactionView> commitToEach(
      ApiClient asDonor, UUID donor, UUID agency, Map<String, ProjectView> stored) {
    return stored.values().stream()
        .map(
            project ->
                Hub.onceKnown(
                    "funding-service to learn " + project.getIatiIdentifier(),
                    () ->
                        Hub.recordNow(
                            asDonor,
                            Scenarios.commitment(
                                project.getId(),
                                donor,
                                agency,
                                COMMITTED_EACH.toPlainString(),
                                "USD",
                                LocalDate.of(2025, 6, 1)),
                            "e2e-crash-commitment-" + project.getId())))
        .toList();
  }

  private void assertEachCommitmentCountedOnce(ApiClient client, UUID agency, int count) {
    BigDecimal total = COMMITTED_EACH.multiply(BigDecimal.valueOf(count));
    await("the gateway's 3W to count each commitment once")
        .atMost(Hub.PROPAGATION)
        .untilAsserted(
            () -> {
              WhoWhatWhereGroup group = onlyGroup(whoWhatWhere(client, agency, "adminArea"));
              assertEquals(0, total.compareTo(group.getCommittedUsd()), "committed " + group);
              assertEquals(count, group.getProjects());
            });
  }

  private static void assertOneMessagePerTransaction(
      DonorReceiver receiver, List<TransactionView> commitments) {
    Set<String> transactions =
        commitments.stream().map(t -> t.getId().toString()).collect(Collectors.toSet());
    await("the donor's receiver to hear of every commitment")
        .atMost(Hub.PROPAGATION)
        .until(
            () ->
                receiver.verified().stream()
                    .map(DonorReceiver.Delivery::subject)
                    .collect(Collectors.toSet())
                    .containsAll(transactions));
    for (String transaction : transactions) {
      assertEquals(
          1, receiver.messageIdsAbout(transaction).size(), "message ids of " + transaction);
    }
    Set<String> ids = new HashSet<>();
    receiver.verified().forEach(delivery -> ids.add(delivery.webhookId()));
    assertEquals(transactions.size(), ids.size(), "one message id per transaction");
    assertEquals(0, receiver.refused());
  }

  private static WhoWhatWhereAnswer whoWhatWhere(ApiClient client, UUID agency, String groupBy)
      throws ApiException {
    return new WhoWhatWhereApi(client)
        .queryWhoWhatWhere(
            WhoWhatWhereApi.APIQueryWhoWhatWhereRequest.newBuilder()
                .organisation(agency.toString())
                .adminArea(AREA)
                .groupBy(groupBy)
                .size(100)
                .build());
  }

  private static WhoWhatWhereGroup onlyGroup(WhoWhatWhereAnswer answer) {
    assertEquals(1, answer.getGroups().size(), "groups: " + answer.getGroups());
    assertTrue(answer.getGroups().get(0).getKey().containsValue(AREA));
    return answer.getGroups().get(0);
  }
}
