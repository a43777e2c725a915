package org.sdghub.funding.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sdghub.platform.Versioned;

/** A transaction as the API answers it: its state, its USD value and who reported the flow. */
@Schema(description = "A funding transaction")
public record TransactionView(
    UUID id,
    @Schema(description = "IATI TransactionType by name") String type,
    @Schema(description = "IATI TransactionType code") String typeCode,
    UUID projectId,
    UUID providerOrganisationId,
    UUID receiverOrganisationId,
    @Schema(description = "In the currency, with its decimals") String amount,
    String currency,
    LocalDate valueDate,
    LocalDate transactionDate,
    Map<String, String> description,
    String financeType,
    String aidType,
    String flowType,
    Usd usd,
    @Schema(enumeration = {"active", "withdrawn"}) String status,
    Reporting reporting,
    @Schema(
            description =
                "Read-only: the organisation whose caller recorded the transaction; a transaction"
                    + " its provider recorded confirms that provider's funding listing in the"
                    + " project",
            nullable = true)
        UUID recordedByOrganisationId,
    long version,
    Instant createdAt,
    Instant updatedAt)
    implements Versioned {

  /** The USD value and the rate behind it. */
  @Schema(description = "The amount in USD and the rate that converted it")
  public record Usd(
      @Schema(description = "USD, to the cent") String amount,
      @Schema(description = "Units of the currency per USD") String rate,
      @Schema(description = "The rate's date: the value date's or the nearest earlier one")
          LocalDate rateDate,
      @Schema(description = "Where the rate comes from") String rateSource) {}

  /** Whether the flow is reported by both its provider and its receiver. */
  @Schema(description = "Whether both sides of the flow report it")
  public record Reporting(
      @Schema(
              enumeration = {"confirmed-by-both-sides", "reported-by-one-side"},
              description =
                  "confirmed-by-both-sides: the other side's matching transaction (same provider,"
                      + " receiver, project, amount and currency, value dates within the"
                      + " tolerance) is counterpartId, and the flow counts once")
          String status,
      @Schema(description = "The other side's transaction, if confirmed") UUID counterpartId) {}
}
