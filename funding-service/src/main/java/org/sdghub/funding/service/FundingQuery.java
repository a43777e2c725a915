package org.sdghub.funding.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The filters of the transaction list and the summaries, as the client gave them.
 *
 * @param type an IATI transaction type code or name
 * @param country ISO 3166-1 alpha-2: transactions on projects in that country
 * @param sdgGoal transactions on projects with that SDG goal
 */
public record FundingQuery(
    Optional<UUID> project,
    Optional<UUID> provider,
    Optional<UUID> receiver,
    Optional<String> type,
    Optional<String> country,
    Optional<Integer> sdgGoal,
    Optional<LocalDate> valueDateFrom,
    Optional<LocalDate> valueDateTo,
    Optional<Instant> updatedSince) {

  /** No filter at all. */
  public static FundingQuery none() {
    Optional<String> no = Optional.empty();
    return new FundingQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        no,
        no,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
