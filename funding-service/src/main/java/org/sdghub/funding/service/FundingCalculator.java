package org.sdghub.funding.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sdghub.funding.api.SummaryRow;
import org.sdghub.funding.api.SummaryView;
import org.sdghub.funding.domain.FundingTransaction;
import org.sdghub.funding.domain.ProjectCopy;
import org.sdghub.funding.domain.TransactionType;

/**
 * Works out a summary from the transactions it covers: each flow once (a pair both sides report is
 * counted at the provider's USD value), pledges in their own figure, weights per group as the
 * {@link Grouping} says, each project's budget once per group.
 */
final class FundingCalculator {

  private FundingCalculator() {}

  static SummaryView summarise(
      Grouping grouping,
      Map<UUID, ProjectCopy> projects,
      Map<UUID, BigDecimal> budgetsUsd,
      List<FundingTransaction> covered,
      Map<UUID, UUID> counterparts) {
    Map<String, Tally> groups = new TreeMap<>();
    Tally total = new Tally();
    if (grouping.hasBudget()) {
      budgetsUsd.forEach(
          (id, usd) -> {
            grouping
                .keys(projects.get(id))
                .forEach((key, weight) -> tally(groups, key).addBudget(usd.multiply(weight)));
          });
    }
    budgetsUsd.values().forEach(total::addBudget);
    Set<UUID> coveredIds = covered.stream().map(t -> t.id).collect(Collectors.toSet());
    for (FundingTransaction t : covered) {
      UUID other = counterparts.get(t.id);
      boolean pairCovered = other != null && coveredIds.contains(other);
      if (pairCovered && t.type().reportedByReceiver()) {
        continue; // the provider's side stands for the flow
      }
      TransactionType.Figure figure = t.type().figure();
      if (figure == TransactionType.Figure.NONE) {
        continue;
      }
      int members = pairCovered ? 2 : 1;
      total.addFlow(figure, t.usdAmount, members, other != null);
      grouping
          .keys(t, projects.get(t.projectId))
          .forEach(
              (key, weight) ->
                  tally(groups, key)
                      .addFlow(figure, t.usdAmount.multiply(weight), members, other != null));
    }
    List<SummaryRow> rows =
        groups.entrySet().stream()
            .map(e -> e.getValue().row(e.getKey(), grouping.hasBudget()))
            .toList();
    return new SummaryView(grouping.apiName(), rows, total.row("total", true));
  }

  private static Tally tally(Map<String, Tally> groups, String key) {
    return groups.computeIfAbsent(key, k -> new Tally());
  }
}
