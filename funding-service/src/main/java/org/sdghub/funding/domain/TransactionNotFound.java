package org.sdghub.funding.domain;

import java.util.UUID;
import org.sdghub.platform.NotFound;

/** Answers 404 for a transaction id this service does not hold. */
public class TransactionNotFound extends NotFound {

  public TransactionNotFound(UUID id) {
    super("transaction-not-found", "Transaction not found", "No transaction with id " + id + ".");
  }
}
