package org.sdghub.funding.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sdghub.funding.api.ExchangeRateRow;
import org.sdghub.funding.domain.Codelists;
import org.sdghub.platform.FieldError;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.QueryParams;

/** Checks a whole upload of rates: any bad row refuses all of them, each fault named. */
final class RateRows {

  static final int MAX_ROWS = 20_000;

  /** A checked rate. */
  record Rate(String currency, LocalDate date, BigDecimal unitsPerUsd, String source) {}

  private RateRows() {}

  /** The rows, checked; a 400 naming {@code rows[i].field} of every fault otherwise. */
  static List<Rate> check(List<ExchangeRateRow> rows) {
    if (rows == null || rows.isEmpty()) {
      throw new InvalidInput("rows", "must hold at least one rate");
    }
    if (rows.size() > MAX_ROWS) {
      throw new InvalidInput("rows", "at most " + MAX_ROWS + " rates per upload");
    }
    List<FieldError> errors = new ArrayList<>();
    List<Rate> rates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size() && errors.size() < 50; i++) {
      Rate rate = check(rows.get(i), "rows[" + i + "].", errors);
      if (rate != null && !seen.add(rate.currency() + rate.date())) {
        errors.add(
            new FieldError("rows[" + i + "].date", "a second rate for this currency and date"));
      }
      rates.add(rate);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return rates;
  }

  private static Rate check(ExchangeRateRow row, String at, List<FieldError> errors) {
    int before = errors.size();
    if (row == null) {
      errors.add(new FieldError(at.substring(0, at.length() - 1), "must be a rate"));
      return null;
    }
    String currency = row.currency() == null ? "" : row.currency().trim();
    if (!Codelists.isCurrency(currency)) {
      errors.add(new FieldError(at + "currency", "must be an ISO 4217 currency code"));
    }
    LocalDate date = date(row.date(), at, errors);
    BigDecimal units = units(row.unitsPerUsd(), at, errors);
    if (units != null && currency.equals("USD") && units.compareTo(BigDecimal.ONE) != 0) {
      errors.add(new FieldError(at + "unitsPerUsd", "must be 1 for USD"));
    }
    String source = row.source() == null ? "" : row.source().trim();
    if (source.isEmpty() || source.length() > 200) {
      errors.add(new FieldError(at + "source", "must be 1 to 200 characters"));
    }
    return errors.size() > before ? null : new Rate(currency, date, units, source);
  }

  private static LocalDate date(String value, String at, List<FieldError> errors) {
    try {
      LocalDate date = LocalDate.parse(value == null ? "" : value.trim());
      if (QueryParams.isStorable(date)) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // answered below
    }
    errors.add(new FieldError(at + "date", QueryParams.DATE_MESSAGE));
    return null;
  }

  private static BigDecimal units(String value, String at, List<FieldError> errors) {
    try {
      BigDecimal units = new BigDecimal(value == null ? "" : value.trim());
      if (units.signum() > 0 && units.scale() <= 10 && units.precision() - units.scale() <= 20) {
        return units;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    errors.add(
        new FieldError(at + "unitsPerUsd", "must be a positive decimal with at most 10 decimals"));
    return null;
  }
}
