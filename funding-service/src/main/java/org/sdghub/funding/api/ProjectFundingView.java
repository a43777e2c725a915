package org.sdghub.funding.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One project's funding: its budget, figures and gap, also per recipient country. */
@Schema(description = "A project's budget, funding figures and gap")
public record ProjectFundingView(
    UUID projectId,
    @Schema(description = "The budget as the project states it, and in USD; null if none")
        Budget budget,
    SummaryRow figures,
    @Schema(description = "The same figures split by the recipient countries' percentages")
        List<SummaryRow> byCountry) {

  /** The budget and its conversion; usd and the rate are null when no rate was found. */
  public record Budget(
      String amount,
      String currency,
      String usd,
      String rate,
      LocalDate rateDate,
      String rateSource) {}
}
