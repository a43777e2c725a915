package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sdghub.funding.api.RevaluationReport;
import org.sdghub.funding.api.RevaluationRequest;
import org.sdghub.funding.api.TransactionView;
import org.sdghub.funding.domain.FundingTransaction;
import org.sdghub.funding.domain.UsdConversion;
import org.sdghub.funding.events.FundingEventTypes;
import org.sdghub.funding.repository.TransactionRepository;
import org.sdghub.platform.InvalidInput;

/**
 * Converts transactions again at the rates held now, on a coordinator's explicit request: each one
 * whose rate (value, date or source) changed gets a new version, recorded in its history as
 * revalued and published as corrected; the report lists each before and after.
 */
@ApplicationScoped
public class Revaluations {

  private final TransactionRepository transactions;
  private final RateLookup rates;
  private final TransactionWriter writer;

  Revaluations(TransactionRepository transactions, RateLookup rates, TransactionWriter writer) {
    this.transactions = transactions;
    this.rates = rates;
    this.writer = writer;
  }

  /** Revalues the transactions in the currency with value dates in the range. */
  @Transactional
  public RevaluationReport revalue(RevaluationRequest request, Actor actor) {
    if (request.valueDateTo().isBefore(request.valueDateFrom())) {
      throw new InvalidInput("valueDateTo", "must not be before valueDateFrom");
    }
    List<FundingTransaction> examined =
        transactions.activeInCurrency(
            request.currency(), request.valueDateFrom(), request.valueDateTo());
    List<RevaluationReport.Revalued> revalued = new ArrayList<>();
    for (FundingTransaction t : examined) {
      Optional<UsdConversion> now = rates.convert(t.amount, t.currency, t.valueDate);
      if (now.isPresent() && now.get().differsFrom(t.rate, t.rateDate, t.rateSource)) {
        TransactionView.Usd before = TransactionConversions.usd(t);
        t.convertedAt(now.get());
        writer.write(t, actor, "revalued", FundingEventTypes.CORRECTED);
        revalued.add(
            new RevaluationReport.Revalued(t.id, t.version, before, TransactionConversions.usd(t)));
      }
    }
    return new RevaluationReport(examined.size(), revalued);
  }
}
