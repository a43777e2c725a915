package org.sdghub.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.function.Executable;
import org.sdghub.client.ApiClient;
import org.sdghub.client.ApiException;
import org.sdghub.client.SdgHub;
import org.sdghub.client.api.ApiKeysApi;
import org.sdghub.client.api.FundingApi;
import org.sdghub.client.api.OrganisationsApi;
import org.sdghub.client.api.ProjectsApi;
import org.sdghub.client.model.LocalisedName;
import org.sdghub.client.model.NewApiKey;
import org.sdghub.client.model.OrganisationProfile;
import org.sdghub.client.model.OrganisationView;
import org.sdghub.client.model.Problem;
import org.sdghub.client.model.ProjectRequest;
import org.sdghub.client.model.ProjectView;
import org.sdghub.client.model.TransactionRequest;
import org.sdghub.client.model.TransactionView;

/**
 * The calls the scenarios make, each through the generated Java client as an internal tool would,
 * and the waits that eventual consistency between the services asks for: a service learns
 * organisations and projects from the others' events, so a write naming one it has not learnt yet
 * is answered 422 for a moment and is tried again, with a bound.
 */
final class Hub {

  /** How long one service may take to learn what another published, on a loaded machine. */
  static final Duration PROPAGATION = Duration.ofSeconds(60);

  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

  private Hub() {}

  /** A client of the running stack's gateway sending {@code apiKey}. */
  static ApiClient as(String apiKey) {
    // A call never waits without bound, even on a service killed in the middle of it.
    return SdgHub.client(RunningStack.gateway(), apiKey).setReadTimeout(CALL_TIMEOUT);
  }

  static ApiClient coordinator() {
    return as(RunningStack.coordinatorKey());
  }

  /** An organisation registered by the coordinator. */
  static OrganisationView register(
      ApiClient coordinator, String acronym, String name, String kind, String iatiType)
      throws ApiException {
    OrganisationProfile profile =
        new OrganisationProfile()
            .name(new LocalisedName().en(name).ru(name))
            .acronym(acronym)
            .type(iatiType)
            .kind(OrganisationProfile.KindEnum.fromValue(kind))
            .headquartersCountry("US")
            .countries(List.of("KZ", "KG", "TJ", "TM", "UZ", "AF"));
    return new OrganisationsApi(coordinator)
        .createOrganisation(
            OrganisationsApi.APICreateOrganisationRequest.newBuilder()
                .organisationProfile(profile)
                .idempotencyKey("e2e-organisation-" + UUID.randomUUID())
                .build());
  }

  /** A new API key of {@code organisation} with one role, issued by the coordinator. */
  static String issueKey(ApiClient coordinator, UUID organisation, String role)
      throws ApiException {
    return new ApiKeysApi(coordinator)
        .issueApiKey(
            ApiKeysApi.APIIssueApiKeyRequest.newBuilder()
                .newApiKey(
                    new NewApiKey()
                        .organisationId(organisation)
                        .name("e2e " + role)
                        .roles(List.of(role)))
                .build())
        .getKey();
  }

  /** A project created once projects-service knows the organisations it names. */
  static ProjectView createProject(ApiClient partner, ProjectRequest request, String key)
      throws ApiException {
    return onceKnown(
        "projects-service to learn the organisations of " + request.getIatiIdentifier(),
        () ->
            new ProjectsApi(partner)
                .createProject(
                    ProjectsApi.APICreateProjectRequest.newBuilder()
                        .projectRequest(request)
                        .idempotencyKey(key)
                        .build()));
  }

  /** A transaction recorded once funding-service knows its project and organisations. */
  static TransactionView record(ApiClient caller, TransactionRequest request, String key)
      throws ApiException {
    return onceKnown(
        "funding-service to learn project " + request.getProjectId(),
        () -> recordNow(caller, request, key));
  }

  static TransactionView recordNow(ApiClient caller, TransactionRequest request, String key)
      throws ApiException {
    return new FundingApi(caller)
        .recordTransaction(
            FundingApi.APIRecordTransactionRequest.newBuilder()
                .transactionRequest(request)
                .idempotencyKey(key)
                .build());
  }

  /**
   * The call's answer, tried again while it is refused only because the service has not learnt a
   * project or an organisation yet; any other failure fails at once.
   */
  static <T> T onceKnown(String what, Call<T> call) {
    AtomicReference<T> answer = new AtomicReference<>();
    await(what)
        .atMost(PROPAGATION)
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              try {
                answer.set(call.run());
                return true;
              } catch (ApiException e) {
                if (notKnownYet(e)) {
                  return false;
                }
                throw e;
              }
            });
    return answer.get();
  }

  private static boolean notKnownYet(ApiException e) {
    if (e.getCode() != 400 && e.getCode() != 422) {
      return false;
    }
    Problem problem = SdgHub.problem(coordinator(), e).orElse(null);
    return problem != null
        && problem.getErrors() != null
        && problem.getErrors().stream()
            .anyMatch(error -> error.getMessage() != null && error.getMessage().contains("known"));
  }

  /** The problem a refused call answers with; fails if the call succeeds or answers otherwise. */
  static Problem refused(ApiClient client, int status, Executable call) {
    ApiException failure = assertThrows(ApiException.class, call, "expected a " + status);
    assertEquals(status, failure.getCode(), "status of " + failure.getResponseBody());
    Problem problem =
        SdgHub.problem(client, failure)
            .orElseThrow(
                () ->
                    new AssertionError("not a problem+json answer: " + failure.getResponseBody()));
    assertEquals(status, problem.getStatus(), "the problem's status");
    if (problem.getDetail() == null || problem.getDetail().isBlank()) {
      fail("a " + status + " problem without a detail: " + failure.getResponseBody());
    }
    return problem;
  }

  /** Fails unless the two amounts are equal, whatever their scale, saying both. */
  static void assertAmount(BigDecimal expected, Object actual, String what) {
    BigDecimal found = actual == null ? null : new BigDecimal(actual.toString());
    if (found == null || expected.compareTo(found) != 0) {
      fail(what + ": expected " + expected.toPlainString() + " but was " + actual);
    }
  }

  /** One call of the API. */
  @FunctionalInterface
  interface Call<T> {
    T run() throws ApiException;
  }
}
