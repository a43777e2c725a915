package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sdghub.funding.api.ExchangeRateRow;
import org.sdghub.funding.api.ExchangeRateView;
import org.sdghub.funding.api.UploadReport;
import org.sdghub.funding.domain.ExchangeRate;
import org.sdghub.funding.events.ExchangeRateState;
import org.sdghub.funding.events.FundingEventTypes;
import org.sdghub.funding.repository.ExchangeRateRepository;
import org.sdghub.funding.repository.TransactionRepository;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.Outbox;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/**
 * Loads and lists exchange rates. A corrected rate changes no transaction: the upload reports which
 * corrected rates are in use, and a coordinator revalues them explicitly ({@link Revaluations}).
 */
@ApplicationScoped
public class ExchangeRateService {

  private final ExchangeRateRepository rates;
  private final TransactionRepository transactions;
  private final Outbox outbox;
  private final ChangeNotifier notifier;

  ExchangeRateService(
      ExchangeRateRepository rates,
      TransactionRepository transactions,
      Outbox outbox,
      ChangeNotifier notifier) {
    this.rates = rates;
    this.transactions = transactions;
    this.outbox = outbox;
    this.notifier = notifier;
  }

  /** Loads the rates, all or none: a bad row refuses the whole upload (400 naming it). */
  @Transactional
  public UploadReport upload(List<ExchangeRateRow> rows) {
    List<RateRows.Rate> checked = RateRows.check(rows);
    Map<String, ExchangeRate> held = held(checked);
    List<Change> changes = new ArrayList<>();
    List<UploadReport.RateInUse> inUse = new ArrayList<>();
    int created = 0;
    for (RateRows.Rate rate : checked) {
      ExchangeRate existing = held.get(rate.currency() + rate.date());
      if (existing == null) {
        changes.add(new Change(fill(new ExchangeRate(), rate), null));
        created++;
      } else if (existing.unitsPerUsd.compareTo(rate.unitsPerUsd()) != 0
          || !existing.source.equals(rate.source())) {
        String previous = existing.unitsPerUsd.toPlainString();
        changes.add(new Change(fill(existing, rate), previous));
        long using = transactions.usingRate(rate.currency(), rate.date());
        if (using > 0) {
          inUse.add(new UploadReport.RateInUse(rate.currency(), rate.date().toString(), using));
        }
      }
    }
    rates.flush();
    changes.forEach(this::publish);
    int corrected = changes.size() - created;
    return new UploadReport(created, corrected, checked.size() - changes.size(), inUse);
  }

  /** A rate written by an upload, and the value it replaced (null if new). */
  private record Change(ExchangeRate rate, String previous) {}

  /** A page of rates, optionally of one currency and within dates. */
  @Transactional
  public Page<ExchangeRateView> list(
      Optional<String> currency,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      PageRequest request) {
    return rates.list(currency, from, to, request).map(ExchangeRateService::view);
  }

  private Map<String, ExchangeRate> held(List<RateRows.Rate> checked) {
    List<String> currencies = checked.stream().map(RateRows.Rate::currency).distinct().toList();
    return rates.list("currency in ?1", currencies).stream()
        .collect(Collectors.toMap(r -> r.currency + r.date, Function.identity()));
  }

  private ExchangeRate fill(ExchangeRate entity, RateRows.Rate rate) {
    boolean fresh = entity.id == null;
    if (fresh) {
      entity.id = UUID.randomUUID();
      entity.currency = rate.currency();
      entity.date = rate.date();
    }
    entity.unitsPerUsd = rate.unitsPerUsd();
    entity.source = rate.source();
    entity.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    if (fresh) {
      rates.persist(entity);
    }
    return entity;
  }

  private void publish(Change change) {
    ExchangeRate entity = change.rate();
    ExchangeRateState state =
        new ExchangeRateState(
            entity.id,
            entity.currency,
            entity.date,
            entity.unitsPerUsd.toPlainString(),
            change.previous(),
            entity.source,
            entity.version,
            entity.updatedAt);
    DomainEvent event =
        new DomainEvent(
            FundingEventTypes.RATE_UPDATED, entity.id.toString(), entity.version, state);
    notifier.rateChanged(outbox.append(event), event);
  }

  private static ExchangeRateView view(ExchangeRate rate) {
    return new ExchangeRateView(
        rate.id,
        rate.currency,
        rate.date,
        rate.unitsPerUsd.stripTrailingZeros().toPlainString(),
        rate.source,
        rate.version,
        rate.updatedAt);
  }
}
