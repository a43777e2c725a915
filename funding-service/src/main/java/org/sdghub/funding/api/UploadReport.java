package org.sdghub.funding.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an upload of rates did. */
@Schema(description = "What an upload of exchange rates changed")
public record UploadReport(
    @Schema(description = "Rates new for their currency and date") int created,
    @Schema(description = "Rates that replaced another value or source") int corrected,
    @Schema(description = "Rates already held as sent") int unchanged,
    @Schema(
            description =
                "Corrected rates that transactions were converted at: they keep their USD value"
                    + " until a coordinator revalues them (POST /api/v1/exchange-rates/revaluations)")
        List<RateInUse> inUse) {

  /** A corrected rate and how many transactions still hold its previous value. */
  public record RateInUse(String currency, String date, long transactions) {}
}
