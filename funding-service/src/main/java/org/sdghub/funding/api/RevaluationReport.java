package org.sdghub.funding.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a revaluation changed. */
@Schema(description = "The transactions a revaluation converted again, before and after")
public record RevaluationReport(
    @Schema(description = "Transactions looked at (not withdrawn, in the currency and range)")
        int examined,
    List<Revalued> revalued) {

  /**
   * One transaction that took another rate: its new version, and its USD value before and after.
   */
  public record Revalued(
      UUID transactionId, long version, TransactionView.Usd before, TransactionView.Usd after) {}
}
