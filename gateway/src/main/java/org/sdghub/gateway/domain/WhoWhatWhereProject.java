package org.sdghub.gateway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A matching project and who does what, where in it, as far as its matching rows go.
 *
 * @param budget the whole project's budget in its currency, and in USD when a rate converts it
 * @param budgetUsd the USD budget's shares of the recipient countries among the matching rows (each
 *     country once); null when the budget is not in USD and no rate converts it
 * @param committedUsd committed USD (commitments, a flow both sides report once) likewise shared
 * @param disbursedUsd disbursed USD (disbursements and incoming funds, likewise) likewise shared
 * @param gapUsd {@code budgetUsd - committedUsd}; null without a USD budget
 */
public record WhoWhatWhereProject(
    UUID id,
    String iatiIdentifier,
    String title,
    String status,
    LocalDate startDate,
    LocalDate endDate,
    UUID reportingOrganisationId,
    List<PlaceView> places,
    List<Integer> sdgGoals,
    List<String> sdgTargets,
    List<ParticipantView> participants,
    WhoWhatWhereEntry.Budget budget,
    BigDecimal budgetUsd,
    BigDecimal committedUsd,
    BigDecimal disbursedUsd,
    BigDecimal gapUsd) {

  /** Where: a country, and an area of it unless the project names none there. */
  public record PlaceView(String country, String adminArea, String adminAreaName, String name) {}

  /**
   * Who: an organisation in one role, with its answer to the listing (confirmed or unconfirmed;
   * declined listings are left out); names null while its events have not arrived.
   */
  public record ParticipantView(
      UUID organisationId,
      String name,
      String acronym,
      String type,
      String kind,
      String role,
      String confirmation) {}
}
