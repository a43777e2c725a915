package org.sdghub.funding.events;

import java.util.List;

/**
 * The event types funding-service publishes on {@code sdghub.funding.v1}; each one's data is
 * defined by {@code events/<type>.schema.json}.
 */
public final class FundingEventTypes {

  /** A transaction was recorded; the data is a {@link TransactionState}. */
  public static final String RECORDED = "org.sdghub.funding.transaction.recorded.v1";

  /** A transaction was corrected or revalued; the data is its new {@link TransactionState}. */
  public static final String CORRECTED = "org.sdghub.funding.transaction.corrected.v1";

  /** A transaction was withdrawn; the data is its last {@link TransactionState}. */
  public static final String WITHDRAWN = "org.sdghub.funding.transaction.withdrawn.v1";

  /** An exchange rate was loaded or corrected; the data is an {@link ExchangeRateState}. */
  public static final String RATE_UPDATED = "org.sdghub.exchange-rate.updated.v1";

  /** Every type. */
  public static final List<String> ALL = List.of(RECORDED, CORRECTED, WITHDRAWN, RATE_UPDATED);

  private FundingEventTypes() {}
}
