package org.sdghub.gateway.domain;

import java.math.BigDecimal;

/**
 * A whole project's money in USD as the read model shows it: its budget (null while it cannot be
 * converted) and the committed and disbursed figures of its transactions ({@link FundingFigures}).
 */
public record ProjectMoney(UsdConversion budget, BigDecimal committedUsd, BigDecimal disbursedUsd) {

  /** The budget in USD, or null. */
  public BigDecimal budgetUsd() {
    return budget == null ? null : budget.usdAmount();
  }
}
