package org.sdghub.gateway.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sdghub.gateway.domain.ReadModelExchangeRate;

/**
 * The read model's exchange rates ({@code www_exchange_rate}) and the budgets they convert. Every
 * method must run inside the caller's transaction: the connection joins it.
 */
@ApplicationScoped
public class ExchangeRates {

  private static final String UPSERT_RATE =
      "INSERT INTO www_exchange_rate (currency, date, id, version, units_per_usd, source,"
          + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (currency, date) DO UPDATE SET"
          + " id = excluded.id, version = excluded.version, units_per_usd ="
          + " excluded.units_per_usd, source = excluded.source, updated_at = excluded.updated_at";
  private static final String RATE_COLUMNS =
      "SELECT id, version, currency, date, units_per_usd, source, updated_at FROM"
          + " www_exchange_rate";
  private final AgroalDataSource dataSource;

  ExchangeRates(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The rate held for the currency and date, if any. */
  public Optional<ReadModelExchangeRate> rate(String currency, LocalDate date) {
    return firstRate(RATE_COLUMNS + " WHERE currency = ? AND date = ?", List.of(currency, date));
  }

  public void save(ReadModelExchangeRate r) {
    Jdbc.update(
        dataSource,
        UPSERT_RATE,
        List.of(
            r.currency(),
            r.date(),
            r.id(),
            r.version(),
            r.unitsPerUsd(),
            r.source(),
            r.updatedAt()));
  }

  /** The rate of the date or the nearest earlier one, no earlier than {@code earliest}. */
  public Optional<ReadModelExchangeRate> nearestRate(
      String currency, LocalDate date, LocalDate earliest) {
    return firstRate(
        RATE_COLUMNS + " WHERE currency = ? AND date <= ? AND date >= ? ORDER BY date DESC LIMIT 1",
        List.of(currency, date, earliest));
  }

  /** The live projects whose budget is in the currency and dated between the two (inclusive). */
  public List<UUID> projectsWithBudgetIn(String currency, LocalDate from, LocalDate to) {
    List<UUID> ids = new ArrayList<>();
    Jdbc.query(
        dataSource,
        "SELECT id FROM www_project WHERE NOT deleted AND budget_currency = ? AND budget_date"
            + " BETWEEN ? AND ? ORDER BY id",
        List.of(currency, from, to),
        rows -> ids.add(Jdbc.uuid(rows, "id")));
    return ids;
  }

  private Optional<ReadModelExchangeRate> firstRate(String sql, List<?> values) {
    List<ReadModelExchangeRate> rates = new ArrayList<>();
    Jdbc.query(
        dataSource,
        sql,
        values,
        rows ->
            rates.add(
                new ReadModelExchangeRate(
                    Jdbc.uuid(rows, "id"),
                    rows.getLong("version"),
                    rows.getString("currency"),
                    Jdbc.date(rows, "date"),
                    rows.getBigDecimal("units_per_usd"),
                    rows.getString("source"),
                    Jdbc.instant(rows, "updated_at"))));
    return rates.stream().findFirst();
  }
}
