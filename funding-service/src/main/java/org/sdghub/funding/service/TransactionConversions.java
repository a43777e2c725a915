package org.sdghub.funding.service;

import java.math.BigDecimal;
import java.util.UUID;
import org.sdghub.funding.api.TransactionView;
import org.sdghub.funding.domain.Codelists;
import org.sdghub.funding.domain.FundingTransaction;
import org.sdghub.funding.domain.TransactionType;
import org.sdghub.funding.events.TransactionState;

/** The one place where a stored transaction becomes an event payload or an API answer. */
final class TransactionConversions {

  static final String CONFIRMED = "confirmed-by-both-sides";
  static final String ONE_SIDE = "reported-by-one-side";

  private TransactionConversions() {}

  static TransactionState state(FundingTransaction t) {
    TransactionType type = t.type();
    return new TransactionState(
        t.id,
        type.apiName(),
        type.code(),
        t.projectId,
        t.providerId,
        t.receiverId,
        amount(t),
        t.currency,
        t.valueDate,
        t.transactionDate,
        t.description,
        t.financeType,
        t.aidType,
        t.flowType,
        new TransactionState.Usd(
            t.usdAmount.setScale(2).toPlainString(),
            t.rate.toPlainString(),
            t.rateDate,
            t.rateSource),
        status(t),
        t.recordedBy,
        t.version,
        t.createdAt,
        t.updatedAt);
  }

  /** The view, with the transaction's counterpart on the other side of its flow, if any. */
  static TransactionView view(FundingTransaction t, UUID counterpart) {
    TransactionType type = t.type();
    return new TransactionView(
        t.id,
        type.apiName(),
        type.code(),
        t.projectId,
        t.providerId,
        t.receiverId,
        amount(t),
        t.currency,
        t.valueDate,
        t.transactionDate,
        t.description,
        t.financeType,
        t.aidType,
        t.flowType,
        usd(t),
        status(t),
        new TransactionView.Reporting(counterpart == null ? ONE_SIDE : CONFIRMED, counterpart),
        t.recordedBy,
        t.version,
        t.createdAt,
        t.updatedAt);
  }

  /** The transaction's state as the request that would record it, for a merge patch. */
  static org.sdghub.funding.api.TransactionRequest request(FundingTransaction t) {
    return new org.sdghub.funding.api.TransactionRequest(
        t.type().apiName(),
        t.projectId,
        t.providerId,
        t.receiverId,
        new BigDecimal(amount(t)),
        t.currency,
        t.valueDate,
        t.transactionDate,
        t.description,
        t.financeType,
        t.aidType,
        t.flowType);
  }

  static TransactionView.Usd usd(FundingTransaction t) {
    return new TransactionView.Usd(
        t.usdAmount.setScale(2).toPlainString(), t.rate.toPlainString(), t.rateDate, t.rateSource);
  }

  private static String amount(FundingTransaction t) {
    BigDecimal amount = t.amount.setScale(Codelists.decimalsOf(t.currency));
    return amount.toPlainString();
  }

  private static String status(FundingTransaction t) {
    return t.withdrawn ? "withdrawn" : "active";
  }
}
