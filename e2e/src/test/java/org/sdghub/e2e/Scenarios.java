package org.sdghub.e2e;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.sdghub.client.ApiClient;
import org.sdghub.client.ApiException;
import org.sdghub.client.api.ExchangeRatesApi;
import org.sdghub.client.api.WebhooksApi;
import org.sdghub.client.model.Dates;
import org.sdghub.client.model.LocalisedText;
import org.sdghub.client.model.Location;
import org.sdghub.client.model.Participant;
import org.sdghub.client.model.ProjectRequest;
import org.sdghub.client.model.ProjectsBudget;
import org.sdghub.client.model.RecipientCountry;
import org.sdghub.client.model.TransactionRequest;
import org.sdghub.client.model.UploadReport;
import org.sdghub.client.model.WebhookSubscription;
import org.sdghub.client.model.WebhookSubscriptionRequest;

/** The records the scenarios write, as the partner agencies and donors of the region would. */
final class Scenarios {

  static final String RECORDED = "org.sdghub.funding.transaction.recorded.v1";
  static final String COMMITMENT = "2";

  private Scenarios() {}

  /** The demo exchange rates of funding-service, as the file a coordinator uploads. */
  static Path demoRates() {
    return Path.of(System.getProperty("sdghub.repo-root", ".."))
        .resolve("funding-service/src/main/resources/demo/exchange-rates.csv");
  }

  /**
   * Uploads the rates file as {@code text/csv} through the generated {@code loadExchangeRates}
   * operation. The generated Java method only sends the JSON form of the operation's body, so the
   * call goes out with the CSV file as its body instead: the path, the key, the Idempotency-Key,
   * the answer and its problems stay the generated client's.
   */
  static UploadReport uploadRates(ApiClient coordinator, Path csv)
      throws ApiException, IOException {
    String file = Files.readString(csv);
    Consumer<HttpRequest.Builder> withKey = coordinator.getRequestInterceptor();
    ApiClient asCsv = Hub.coordinator();
    asCsv.setRequestInterceptor(
        request -> {
          withKey.accept(request);
          request
              .setHeader("Content-Type", "text/csv")
              .POST(HttpRequest.BodyPublishers.ofString(file));
        });
    return new ExchangeRatesApi(asCsv)
        .loadExchangeRates(
            ExchangeRatesApi.APILoadExchangeRatesRequest.newBuilder()
                .exchangeRateRow(List.of())
                .idempotencyKey("e2e-rates-" + UUID.randomUUID())
                .build());
  }

  /** The rate of {@code currency} the file holds for {@code on}, or for the nearest day before. */
  static BigDecimal unitsPerUsd(Path csv, String currency, LocalDate on) throws IOException {
    BigDecimal rate = null;
    LocalDate best = null;
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      LocalDate date = LocalDate.parse(cells[1]);
      if (cells[0].equals(currency) && !date.isAfter(on) && (best == null || date.isAfter(best))) {
        best = date;
        rate = new BigDecimal(cells[2]);
      }
    }
    if (rate == null) {
      throw new IllegalArgumentException("no " + currency + " rate on or before " + on);
    }
    return rate;
  }

  /** A water project in one area, accountable and reported by {@code agency}. */
  static ProjectRequest waterProject(
      String identifier,
      UUID agency,
      UUID donor,
      String country,
      String area,
      LocalDate start,
      LocalDate end,
      String budgetUsd) {
    return new ProjectRequest()
        .iatiIdentifier(identifier)
        .reportingOrganisationId(agency)
        .title(new LocalisedText().en("Water efficiency " + identifier).ru("Водосбережение"))
        .status(ProjectRequest.StatusEnum.IMPLEMENTATION)
        .dates(new Dates().plannedStart(start).plannedEnd(end))
        .sdgTargets(List.of("6.4"))
        .recipientCountries(
            List.of(new RecipientCountry().country(country).percentage(BigDecimal.valueOf(100))))
        .locations(List.of(new Location().country(country).adminArea(area)))
        .participatingOrganisations(
            List.of(
                new Participant().organisationId(agency).role(Participant.RoleEnum.ACCOUNTABLE),
                new Participant().organisationId(donor).role(Participant.RoleEnum.FUNDING)))
        .budget(new ProjectsBudget().amount(budgetUsd).currency("USD"));
  }

  /** The donor's commitment to the agency for the project. */
  static TransactionRequest commitment(
      UUID project, UUID donor, UUID agency, String amount, String currency, LocalDate on) {
    return new TransactionRequest()
        .type(COMMITMENT)
        .projectId(project)
        .providerOrganisationId(donor)
        .receiverOrganisationId(agency)
        .amount(amount)
        .currency(currency)
        .valueDate(on);
  }

  /** Subscribes the donor to its recorded transactions; returns the subscription's id. */
  static UUID subscribe(ApiClient donor, DonorReceiver receiver) throws ApiException {
    WebhookSubscription created =
        new WebhooksApi(donor)
            .createSubscription(
                WebhooksApi.APICreateSubscriptionRequest.newBuilder()
                    .webhookSubscriptionRequest(
                        new WebhookSubscriptionRequest()
                            .url(receiver.url())
                            .eventTypes(List.of(RECORDED))
                            .description("e2e: the donor's receiver"))
                    .build());
    receiver.trust(created.getSecret());
    return created.getId();
  }
}
