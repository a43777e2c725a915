package org.sdghub.funding.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import org.sdghub.funding.api.FigureView;
import org.sdghub.funding.api.SummaryRow;
import org.sdghub.funding.domain.TransactionType.Figure;

/** The running sums of one group of a summary. */
final class Tally {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private BigDecimal budget;
  private final Map<Figure, Sum> sums = new EnumMap<>(Figure.class);

  /** One figure's running sum. */
  private static final class Sum {
    BigDecimal usd = BigDecimal.ZERO;
    int transactions;
    int flows;
    int confirmed;
  }

  void addBudget(BigDecimal usd) {
    budget = budget == null ? usd : budget.add(usd);
  }

  /** Adds a flow of {@code members} transactions (2 when both sides report it). */
  void addFlow(Figure figure, BigDecimal usd, int members, boolean confirmed) {
    Sum sum = sums.computeIfAbsent(figure, f -> new Sum());
    sum.usd = sum.usd.add(usd);
    sum.transactions += members;
    sum.flows += 1;
    sum.confirmed += confirmed ? 1 : 0;
  }

  SummaryRow row(String key, boolean withBudget) {
    BigDecimal committed = usd(Figure.COMMITTED);
    BigDecimal shownBudget = withBudget ? (budget == null ? BigDecimal.ZERO : budget) : null;
    String gap = shownBudget == null ? null : money(shownBudget.subtract(committed));
    String percent =
        shownBudget == null || shownBudget.signum() == 0
            ? null
            : committed
                .multiply(HUNDRED)
                .divide(shownBudget, 1, RoundingMode.HALF_EVEN)
                .toPlainString();
    return new SummaryRow(
        key,
        shownBudget == null ? null : money(shownBudget),
        figure(Figure.PLEDGED),
        figure(Figure.COMMITTED),
        figure(Figure.DISBURSED),
        figure(Figure.EXPENDED),
        gap,
        percent);
  }

  private BigDecimal usd(Figure figure) {
    Sum sum = sums.get(figure);
    return sum == null ? BigDecimal.ZERO : sum.usd;
  }

  private FigureView figure(Figure figure) {
    Sum sum = sums.getOrDefault(figure, new Sum());
    return new FigureView(money(sum.usd), sum.transactions, sum.flows, sum.confirmed);
  }

  private static String money(BigDecimal usd) {
    return usd.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
