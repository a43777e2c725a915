package org.sdghub.funding.service;

import java.math.BigDecimal;
import java.util.ArrayList;
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
          (id, usd) ->
              grouping
                  .keys(projects.get(id))
                  .forEach((key, weight) -> tally(groups, key).addBudget(usd.multiply(weight))));
    }
    budgetsUsd.values().forEach(total::addBudget);
    for (Flow flow : flows(covered, counterparts)) {
      FundingTransaction t = flow.representative();
      total.addFlow(t.type().figure(), t.usdAmount, flow.members(), flow.confirmed());
      grouping
          .keys(t, projects.get(t.projectId))
          .forEach(
              (key, weight) ->
                  tally(groups, key)
                      .addFlow(
                          t.type().figure(),
                          t.usdAmount.multiply(weight),
                          flow.members(),
                          flow.confirmed()));
    }
    List<SummaryRow> rows =
        groups.entrySet().stream()
            .map(e -> e.getValue().row(e.getKey(), grouping.hasBudget()))
            .toList();
    return new SummaryView(grouping.apiName(), rows, total.row("total", true));
  }

  /** A flow as counted: the transaction that stands for it, how many report it, if both sides. */
  private record Flow(FundingTransaction representative, int members, boolean confirmed) {}

  /**
   * The flows behind the covered transactions that add to a figure: a pair both sides report and
   * the summary covers is one flow, which the provider's side stands for.
   */
  private static List<Flow> flows(List<FundingTransaction> covered, Map<UUID, UUID> counterparts) {
    Set<UUID> coveredIds = covered.stream().map(t -> t.id).collect(Collectors.toSet());
    List<Flow> flows = new ArrayList<>();
    for (FundingTransaction t : covered) {
      UUID other = counterparts.get(t.id);
      boolean pairCovered = other != null && coveredIds.contains(other);
      boolean standsIn = !(pairCovered && t.type().reportedByReceiver());
      if (standsIn && t.type().figure() != TransactionType.Figure.NONE) {
        flows.add(new Flow(t, pairCovered ? 2 : 1, other != null));
      }
    }
    return flows;
  }

  private static Tally tally(Map<String, Tally> groups, String key) {
    return groups.computeIfAbsent(key, k -> new Tally());
  }
}
