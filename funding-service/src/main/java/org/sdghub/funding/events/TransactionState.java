package org.sdghub.funding.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The data of every transaction event: the transaction's full state after the change, its USD value
 * and the rate behind it included.
 *
 * @param type the IATI transaction type by name (disbursement…)
 * @param typeCode the IATI transaction type code ("3")
 * @param amount a decimal string with the currency's decimals
 * @param description by language code, or null
 * @param status active or withdrawn
 * @param recordedByOrganisationId the organisation whose caller recorded it: when it is the
 *     provider, the transaction confirms the provider's funding listing in the project
 */
public record TransactionState(
    UUID id,
    String type,
    String typeCode,
    UUID projectId,
    UUID providerOrganisationId,
    UUID receiverOrganisationId,
    String amount,
    String currency,
    LocalDate valueDate,
    LocalDate transactionDate,
    Map<String, String> description,
    String financeType,
    String aidType,
    String flowType,
    Usd usd,
    String status,
    UUID recordedByOrganisationId,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * The amount in US dollars (a decimal string to the cent) and the rate that gave it: units of the
   * currency per USD, the rate's date and its source.
   */
  public record Usd(String amount, String rate, LocalDate rateDate, String rateSource) {}
}
