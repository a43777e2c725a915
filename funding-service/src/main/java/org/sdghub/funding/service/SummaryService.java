package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sdghub.funding.api.ProjectFundingView;
import org.sdghub.funding.api.SummaryView;
import org.sdghub.funding.domain.FundingTransaction;
import org.sdghub.funding.domain.ProjectCopy;
import org.sdghub.funding.domain.UsdConversion;
import org.sdghub.funding.repository.ProjectCopyRepository;
import org.sdghub.funding.repository.TransactionFilter;
import org.sdghub.funding.repository.TransactionRepository;
import org.sdghub.platform.NotFound;

/**
 * Funding summaries: budget, pledged, committed, disbursed, expended, gap and share funded, per
 * project or grouped, worked out from the transactions not withdrawn.
 */
@ApplicationScoped
public class SummaryService {

  private final TransactionRepository transactions;
  private final ProjectCopyRepository projects;
  private final QueryResolver resolver;
  private final FlowMatcher matcher;
  private final RateLookup rates;

  SummaryService(
      TransactionRepository transactions,
      ProjectCopyRepository projects,
      QueryResolver resolver,
      FlowMatcher matcher,
      RateLookup rates) {
    this.transactions = transactions;
    this.projects = projects;
    this.resolver = resolver;
    this.matcher = matcher;
    this.rates = rates;
  }

  /**
   * The summary of the transactions the query covers. Budgets are those of the projects the
   * transactions are on; when the query narrows by projects only (project, country, SDG goal), of
   * every project it covers that is not deleted, funded or not.
   */
  @Transactional
  public SummaryView summary(Grouping grouping, FundingQuery query) {
    TransactionFilter filter = resolver.resolve(query);
    List<FundingTransaction> covered = transactions.active(filter);
    Set<UUID> onProjects = covered.stream().map(t -> t.projectId).collect(Collectors.toSet());
    Map<UUID, ProjectCopy> scope = new LinkedHashMap<>();
    if (!filter.narrowsTransactions()) {
      Collection<ProjectCopy> listed =
          filter.projects().map(projects::withIds).orElseGet(projects::current);
      listed.stream().filter(p -> !p.deleted).forEach(p -> scope.put(p.id, p));
    }
    Map<UUID, ProjectCopy> all = byId(projects.withIds(onProjects));
    all.forEach(scope::putIfAbsent);
    all.putAll(scope);
    Map<UUID, UUID> pairs = matcher.counterparts(transactions.activeOn(onProjects));
    return FundingCalculator.summarise(grouping, all, budgets(scope.values()), covered, pairs);
  }

  /** One project's funding, also split by its recipient countries. */
  @Transactional
  public ProjectFundingView project(UUID id) {
    ProjectCopy project =
        Optional.ofNullable(projects.findById(id)).orElseThrow(() -> NotFound.of("project", id));
    List<FundingTransaction> covered = transactions.activeOn(List.of(id));
    Map<UUID, UUID> pairs = matcher.counterparts(covered);
    Map<UUID, ProjectCopy> one = Map.of(id, project);
    Map<UUID, BigDecimal> budget = budgets(List.of(project));
    SummaryView whole = FundingCalculator.summarise(Grouping.PROJECT, one, budget, covered, pairs);
    SummaryView countries =
        FundingCalculator.summarise(Grouping.COUNTRY, one, budget, covered, pairs);
    return new ProjectFundingView(id, budgetView(project), whole.total(), countries.groups());
  }

  private Map<UUID, BigDecimal> budgets(Collection<ProjectCopy> scope) {
    Map<UUID, BigDecimal> budgets = new HashMap<>();
    for (ProjectCopy p : scope) {
      budgetUsd(p).ifPresent(c -> budgets.put(p.id, c.usdAmount()));
    }
    return budgets;
  }

  private Optional<UsdConversion> budgetUsd(ProjectCopy project) {
    if (project.budgetAmount == null || project.budgetDate() == null) {
      return Optional.empty();
    }
    return rates.convert(project.budgetAmount, project.budgetCurrency, project.budgetDate());
  }

  private ProjectFundingView.Budget budgetView(ProjectCopy project) {
    if (project.budgetAmount == null) {
      return null;
    }
    Optional<UsdConversion> usd = budgetUsd(project);
    return new ProjectFundingView.Budget(
        project.budgetAmount.stripTrailingZeros().toPlainString(),
        project.budgetCurrency,
        usd.map(c -> c.usdAmount().toPlainString()).orElse(null),
        usd.map(c -> c.unitsPerUsd().toPlainString()).orElse(null),
        usd.map(UsdConversion::rateDate).orElse(null),
        usd.map(UsdConversion::source).orElse(null));
  }

  private static Map<UUID, ProjectCopy> byId(List<ProjectCopy> list) {
    return list.stream()
        .collect(Collectors.toMap(p -> p.id, Function.identity(), (a, b) -> a, HashMap::new));
  }
}
