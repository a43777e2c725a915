package org.sdghub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sdghub.gateway.config.WhoWhatWhereConfig;
import org.sdghub.gateway.domain.ChangeFeedTags;
import org.sdghub.gateway.domain.FundingFigures;
import org.sdghub.gateway.domain.ProjectBudget;
import org.sdghub.gateway.domain.ProjectMoney;
import org.sdghub.gateway.domain.ReadModelExchangeRate;
import org.sdghub.gateway.domain.ReadModelTransaction;
import org.sdghub.gateway.domain.UsdConversion;
import org.sdghub.gateway.repository.ExchangeRates;
import org.sdghub.gateway.repository.FundingReadModel;
import org.sdghub.gateway.repository.ReadModelRepository;
import org.sdghub.platform.ServiceTopics;

/**
 * Applies funding-service's transactions and exchange rates to the read model and works out each
 * project's money from what is held: its budget converted to USD (the rate of the budget's date, or
 * the nearest earlier one within {@code rate-window-days}), committed and disbursed counted as
 * {@link FundingFigures} says. A state is kept only when newer than the one held; the money is
 * worked out again from everything held whenever a transaction, a rate or the project changes, so
 * that the result does not depend on the order events arrive in. Runs in the caller's transaction.
 */
@ApplicationScoped
public class FundingUpdates {

  private final FundingReadModel funding;
  private final ExchangeRates rates;
  private final ReadModelRepository readModel;
  private final WhoWhatWhereConfig config;

  FundingUpdates(
      FundingReadModel funding,
      ExchangeRates rates,
      ReadModelRepository readModel,
      WhoWhatWhereConfig config) {
    this.funding = funding;
    this.rates = rates;
    this.readModel = readModel;
    this.config = config;
  }

  /** Keeps the transaction if newer and works out its project's money again; true if it did. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean apply(ReadModelTransaction transaction, Instant eventTime) {
    boolean newer =
        funding
            .transactionVersion(transaction.id())
            .map(v -> v < transaction.version())
            .orElse(true);
    if (newer) {
      funding.save(transaction);
      refresh(transaction.projectId());
      readModel.recordPosition(ServiceTopics.FUNDING, eventTime);
    }
    return newer;
  }

  /**
   * Keeps the rate if newer and converts again the budgets it may convert (in its currency, dated
   * from its date to the window's end); true if it did.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean apply(ReadModelExchangeRate rate, Instant eventTime) {
    boolean newer = rates.rate(rate.currency(), rate.date()).map(rate::replaces).orElse(true);
    if (newer) {
      rates.save(rate);
      LocalDate last = rate.date().plusDays(config.rateWindowDays());
      rates.projectsWithBudgetIn(rate.currency(), rate.date(), last).forEach(this::refresh);
      readModel.recordPosition(ServiceTopics.FUNDING, eventTime);
    }
    return newer;
  }

  /** The money of a project with this budget, from the transactions and rates held. */
  @Transactional(Transactional.TxType.MANDATORY)
  public ProjectMoney moneyOf(UUID project, ProjectBudget budget) {
    FundingFigures figures =
        FundingFigures.of(funding.transactionsOf(project), config.matchToleranceDays());
    return new ProjectMoney(convert(budget).orElse(null), figures.committed(), figures.disbursed());
  }

  /** The change feed's tags of the transaction's event: its project's, and its two parties. */
  @Transactional(Transactional.TxType.MANDATORY)
  public ChangeFeedTags tagsOf(ReadModelTransaction transaction) {
    return funding.tagsOf(
        transaction.projectId(), List.of(transaction.providerId(), transaction.receiverId()));
  }

  private void refresh(UUID project) {
    funding
        .budgetOf(project)
        .ifPresent(budget -> funding.saveMoney(project, moneyOf(project, budget)));
  }

  /**
   * The budget in USD as funding-service converts it: USD as it is; another currency at the rate of
   * its date or the nearest earlier one at most {@code rate-window-days} before; else none.
   */
  private Optional<UsdConversion> convert(ProjectBudget budget) {
    if (budget.amount() == null || budget.currency() == null) {
      return Optional.empty();
    }
    if (UsdConversion.USD.equals(budget.currency())) {
      return Optional.of(UsdConversion.identity(budget.amount(), budget.date()));
    }
    if (budget.date() == null) {
      return Optional.empty();
    }
    LocalDate earliest = budget.date().minusDays(config.rateWindowDays());
    return rates
        .nearestRate(budget.currency(), budget.date(), earliest)
        .map(rate -> UsdConversion.of(budget.amount(), rate));
  }
}
