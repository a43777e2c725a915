package org.sdghub.gateway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One who-what-where row as exports and project listings show it: the row with its project's
 * identifier and title and its organisation's name, type and kind (null while the organisation's
 * events have not arrived).
 *
 * @param confirmation the organisation's answer to its listing (see {@link WhoWhatWhereRow})
 * @param budgetUsd the project's USD budget times the row's country share; null without a rate
 * @param budget the whole project's budget as reported and as converted; null without a budget
 */
public record WhoWhatWhereEntry(
    UUID projectId,
    String iatiIdentifier,
    String projectTitle,
    UUID reportingOrganisationId,
    UUID organisationId,
    String organisationName,
    String organisationAcronym,
    String organisationType,
    String organisationKind,
    String role,
    String confirmation,
    Integer sdgGoal,
    String sdgTarget,
    String country,
    String adminArea,
    String locationName,
    Double lat,
    Double lon,
    String status,
    LocalDate start,
    LocalDate end,
    BigDecimal budgetUsd,
    BigDecimal committedUsd,
    BigDecimal disbursedUsd,
    Budget budget) {

  /**
   * A project's budget in its currency and in USD (null when no rate converts it), with the rate
   * (units of the currency per USD), the rate's date and its source.
   */
  public record Budget(
      BigDecimal amount,
      String currency,
      BigDecimal usd,
      BigDecimal unitsPerUsd,
      LocalDate rateDate,
      String rateSource) {}

  /** Budget − committed of the row's share; null while either is unknown. */
  public BigDecimal gapUsd() {
    return budgetUsd == null || committedUsd == null ? null : budgetUsd.subtract(committedUsd);
  }
}
