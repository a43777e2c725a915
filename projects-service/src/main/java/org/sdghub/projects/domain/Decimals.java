package org.sdghub.projects.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One written form per decimal value, so that 60, 60.0 and 60.00 are the same value when a project
 * is compared with its stored self, and read back as the client would write them.
 */
public final class Decimals {

  private Decimals() {}

  /** The value without trailing zeros, never in exponent form: 60.00 is 60, 33.30 is 33.3. */
  public static BigDecimal canonical(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
  }

  /**
   * An amount of money with exactly the currency's decimals (ISO 4217: JPY 0, KZT 2, KWD 3), so
   * that 1000, 1000.0 and 1000.00 yen are one value; an amount with more decimals than that is kept
   * as given, for the rules to refuse.
   */
  public static BigDecimal money(BigDecimal value, String currency) {
    int decimals = decimalsOf(currency);
    return value.stripTrailingZeros().scale() > decimals
        ? value
        : value.setScale(decimals, RoundingMode.UNNECESSARY);
  }

  /** How many decimals amounts in the currency have (ISO 4217); 2 for a code Java does not know. */
  public static int decimalsOf(String currency) {
    try {
      int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (IllegalArgumentException | NullPointerException e) {
      return 2;
    }
  }
}
