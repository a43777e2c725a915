package org.sdghub.gateway.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An exchange rate as funding-service's last applied event described it: units of the currency one
 * US dollar buys on a date, and where the rate comes from.
 */
public record ReadModelExchangeRate(
    UUID id,
    long version,
    String currency,
    LocalDate date,
    BigDecimal unitsPerUsd,
    String source,
    Instant updatedAt) {

  /** Whether this state should replace {@code held}, the one stored for its currency and date. */
  public boolean replaces(ReadModelExchangeRate held) {
    if (held.id().equals(id)) {
      return version > held.version();
    }
    // Another rate of the same currency and date (funding-service's data was loaded anew): the
    // later one wins, so that the order of arrival does not matter.
    return updatedAt.isAfter(held.updatedAt())
        || (updatedAt.equals(held.updatedAt()) && id.compareTo(held.id()) > 0);
  }
}
