package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sdghub.funding.config.FundingConfig;
import org.sdghub.funding.domain.Unprocessable;
import org.sdghub.funding.domain.UsdConversion;
import org.sdghub.funding.repository.ExchangeRateRepository;
import org.sdghub.platform.FieldError;

/**
 * Converts amounts to USD at the rate of their date or the nearest earlier one within the
 * configured window ({@code sdghub.funding.rate-window-days}); USD itself is rate 1.
 */
@ApplicationScoped
public class RateLookup {

  private final ExchangeRateRepository rates;
  private final FundingConfig config;

  RateLookup(ExchangeRateRepository rates, FundingConfig config) {
    this.rates = rates;
    this.config = config;
  }

  /** The conversion, if a rate is held for it. */
  public Optional<UsdConversion> convert(BigDecimal amount, String currency, LocalDate date) {
    if (currency.equals("USD")) {
      return Optional.of(UsdConversion.of(amount, BigDecimal.ONE, date, UsdConversion.USD_SOURCE));
    }
    LocalDate earliest = date.minusDays(config.rateWindowDays());
    return rates
        .nearestOnOrBefore(currency, date, earliest)
        .map(r -> UsdConversion.of(amount, r.unitsPerUsd, r.date, r.source));
  }

  /** The conversion; a 422 naming the currency and the value date when no rate is held. */
  public UsdConversion require(BigDecimal amount, String currency, LocalDate date) {
    return convert(amount, currency, date)
        .orElseThrow(
            () -> {
              String message =
                  "no "
                      + currency
                      + " rate on "
                      + date
                      + " or in the "
                      + config.rateWindowDays()
                      + " days before it; a coordinator loads rates at /api/v1/exchange-rates";
              return new Unprocessable(
                  List.of(
                      new FieldError("currency", message), new FieldError("valueDate", message)));
            });
  }
}
