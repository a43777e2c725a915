package org.sdghub.funding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.sdghub.funding.domain.ExchangeRate;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/** Exchange rates by currency and date; needs a transaction to write. */
@ApplicationScoped
public class ExchangeRateRepository implements PanacheRepositoryBase<ExchangeRate, UUID> {

  /** The rate of the currency on exactly this date. */
  public Optional<ExchangeRate> on(String currency, LocalDate date) {
    return find("currency = ?1 and date = ?2", currency, date).firstResultOptional();
  }

  /** The rate of the date or the nearest earlier one, no earlier than {@code earliest}. */
  public Optional<ExchangeRate> nearestOnOrBefore(
      String currency, LocalDate date, LocalDate earliest) {
    return find(
            "currency = ?1 and date <= ?2 and date >= ?3 order by date desc",
            currency,
            date,
            earliest)
        .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
        .firstResultOptional();
  }

  /** A page of rates, optionally of one currency and between two dates (inclusive). */
  public Page<ExchangeRate> list(
      Optional<String> currency,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      PageRequest request) {
    Where where =
        new Where()
            .and("currency = :currency", "currency", currency)
            .and("date >= :from", "from", from)
            .and("date <= :to", "to", to);
    var query = find(where.query(), request.panacheSort(), where.parameters());
    return Page.of(query.page(request.panachePage()).list(), request, query.count());
  }
}
