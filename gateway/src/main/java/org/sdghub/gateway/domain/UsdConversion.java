package org.sdghub.gateway.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A budget's value in US dollars and the rate that gave it, converted as funding-service converts
 * (to the cent, half to even): the amount divided by the rate's units of the currency per USD.
 *
 * @param rateDate the rate's date; for a USD budget, the budget's own date (null when it has none)
 */
public record UsdConversion(
    BigDecimal usdAmount, BigDecimal unitsPerUsd, LocalDate rateDate, String source) {

  /** Where USD amounts get their rate of 1 from (funding-service's name for it). */
  public static final String USD_SOURCE = "identity (USD)";

  /** The currency converted at rate 1. */
  public static final String USD = "USD";

  /** Converts {@code amount} at the rate. */
  public static UsdConversion of(BigDecimal amount, ReadModelExchangeRate rate) {
    return new UsdConversion(
        amount.divide(rate.unitsPerUsd(), 2, RoundingMode.HALF_EVEN),
        rate.unitsPerUsd(),
        rate.date(),
        rate.source());
  }

  /** A USD amount as it is, at rate 1. */
  public static UsdConversion identity(BigDecimal amount, LocalDate date) {
    return new UsdConversion(amount, BigDecimal.ONE, date, USD_SOURCE);
  }
}
