package org.sdghub.funding.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * An amount's value in US dollars and the rate that gave it: units of the currency per USD, the
 * rate's date and its source.
 */
public record UsdConversion(
    BigDecimal usdAmount, BigDecimal unitsPerUsd, LocalDate rateDate, String source) {

  /** Where USD amounts get their rate of 1 from. */
  public static final String USD_SOURCE = "identity (USD)";

  /** Converts {@code amount} at the rate, to the cent, half to even. */
  public static UsdConversion of(
      BigDecimal amount, BigDecimal unitsPerUsd, LocalDate rateDate, String source) {
    return new UsdConversion(
        amount.divide(unitsPerUsd, 2, RoundingMode.HALF_EVEN), unitsPerUsd, rateDate, source);
  }

  /** Whether another conversion used a different rate (value, date or source). */
  public boolean differsFrom(BigDecimal otherRate, LocalDate otherDate, String otherSource) {
    return unitsPerUsd.compareTo(otherRate) != 0
        || !rateDate.equals(otherDate)
        || !source.equals(otherSource);
  }
}
