package org.sdghub.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sdghub.client.api.FundingApi;
import org.sdghub.client.api.OrganisationsApi;
import org.sdghub.client.api.ProjectsApi;
import org.sdghub.client.api.WhoWhatWhereApi;
import org.sdghub.client.model.Dates;
import org.sdghub.client.model.LocalisedText;
import org.sdghub.client.model.OrganisationPage;
import org.sdghub.client.model.Participant;
import org.sdghub.client.model.ProjectRequest;
import org.sdghub.client.model.ProjectView;
import org.sdghub.client.model.RecipientCountry;
import org.sdghub.client.model.TransactionRequest;
import org.sdghub.client.model.TransactionView;
import org.sdghub.client.model.WhoWhatWhereAnswer;
import org.sdghub.client.model.WhoWhatWhereGroup;

/**
 * How an internal tool uses the generated Java client, for the main operations: compiled against
 * the freshly generated code, so an API change that breaks these calls fails the build; run by
 * {@link GeneratedClientTest} against a local server.
 */
final class ClientUsage {

  private final ApiClient client;

  ClientUsage(ApiClient client) {
    this.client = client;
  }

  OrganisationPage unAgenciesInKazakhstan() throws ApiException {
    return new OrganisationsApi(client)
        .listOrganisations(
            OrganisationsApi.APIListOrganisationsRequest.newBuilder()
                .country("KZ")
                .kind("un-entity")
                .status("active")
                .page(0)
                .size(50)
                .sort("name,asc")
                .build());
  }

  ProjectView createProject(ProjectRequest request, String idempotencyKey) throws ApiException {
    return new ProjectsApi(client)
        .createProject(
            ProjectsApi.APICreateProjectRequest.newBuilder()
                .projectRequest(request)
                .idempotencyKey(idempotencyKey)
                .build());
  }

  ProjectView retitle(ProjectView project, ProjectRequest request, String title)
      throws ApiException {
    request.setTitle(new LocalisedText().en(title));
    return new ProjectsApi(client)
        .updateProject(
            ProjectsApi.APIUpdateProjectRequest.newBuilder()
                .id(project.getId())
                .ifMatch("\"" + project.getVersion() + "\"")
                .projectRequest(request)
                .build());
  }

  TransactionView recordDisbursement(UUID project, UUID donor, UUID agency, String idempotencyKey)
      throws ApiException {
    TransactionRequest disbursement =
        new TransactionRequest()
            .type("3")
            .projectId(project)
            .providerOrganisationId(donor)
            .receiverOrganisationId(agency)
            .amount("250000.00")
            .currency("EUR")
            .valueDate(LocalDate.of(2025, 3, 1));
    return new FundingApi(client)
        .recordTransaction(
            FundingApi.APIRecordTransactionRequest.newBuilder()
                .transactionRequest(disbursement)
                .idempotencyKey(idempotencyKey)
                .build());
  }

  List<WhoWhatWhereGroup> waterByCountryAndGoal() throws ApiException {
    WhoWhatWhereAnswer answer =
        new WhoWhatWhereApi(client)
            .queryWhoWhatWhere(
                WhoWhatWhereApi.APIQueryWhoWhatWhereRequest.newBuilder()
                    .country("KZ,UZ")
                    .sdgGoal("6")
                    .activeOn(LocalDate.of(2025, 6, 30))
                    .groupBy("country,sdgGoal")
                    .build());
    return answer.getGroups();
  }

  /** A project as a partner agency reports it. */
  static ProjectRequest aralSeaProject(UUID reporter) {
    return new ProjectRequest()
        .iatiIdentifier("XM-DAC-41114-KZ-00123")
        .reportingOrganisationId(reporter)
        .title(new LocalisedText().en("Aral Sea basin water efficiency"))
        .dates(new Dates().plannedStart(LocalDate.of(2025, 1, 1)))
        .sdgTargets(List.of("6.4"))
        .recipientCountries(
            List.of(new RecipientCountry().country("KZ").percentage(BigDecimal.valueOf(100))))
        .participatingOrganisations(
            List.of(
                new Participant().organisationId(reporter).role(Participant.RoleEnum.ACCOUNTABLE)));
  }
}
