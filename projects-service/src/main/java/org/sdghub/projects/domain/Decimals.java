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

  /** An amount of money with exactly two decimals (the request allows no more). */
  public static BigDecimal money(BigDecimal value) {
    return value.setScale(2, RoundingMode.UNNECESSARY);
  }
}
