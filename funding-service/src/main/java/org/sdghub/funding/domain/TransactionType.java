package org.sdghub.funding.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The 13 IATI transaction types (TransactionType code list, 2.03), each with its code and the name
 * the API accepts beside it, and the funding figure it adds to.
 */
public enum TransactionType {
  INCOMING_FUNDS("1", "incoming-funds", Figure.DISBURSED),
  OUTGOING_COMMITMENT("2", "outgoing-commitment", Figure.COMMITTED),
  DISBURSEMENT("3", "disbursement", Figure.DISBURSED),
  EXPENDITURE("4", "expenditure", Figure.EXPENDED),
  INTEREST_PAYMENT("5", "interest-payment", Figure.NONE),
  LOAN_REPAYMENT("6", "loan-repayment", Figure.NONE),
  REIMBURSEMENT("7", "reimbursement", Figure.NONE),
  PURCHASE_OF_EQUITY("8", "purchase-of-equity", Figure.NONE),
  SALE_OF_EQUITY("9", "sale-of-equity", Figure.NONE),
  CREDIT_GUARANTEE("10", "credit-guarantee", Figure.NONE),
  INCOMING_COMMITMENT("11", "incoming-commitment", Figure.COMMITTED),
  OUTGOING_PLEDGE("12", "outgoing-pledge", Figure.PLEDGED),
  INCOMING_PLEDGE("13", "incoming-pledge", Figure.PLEDGED);

  /** The figures of a funding summary. */
  public enum Figure {
    PLEDGED,
    COMMITTED,
    DISBURSED,
    EXPENDED,
    NONE
  }

  private final String code;
  private final String apiName;
  private final Figure figure;

  TransactionType(String code, String apiName, Figure figure) {
    this.code = code;
    this.apiName = apiName;
    this.figure = figure;
  }

  public String code() {
    return code;
  }

  public String apiName() {
    return apiName;
  }

  public Figure figure() {
    return figure;
  }

  /**
   * The type the recipient reports for the same flow as this provider's type (disbursement and
   * incoming funds, the two commitments, the two pledges); empty for other types.
   */
  public Optional<TransactionType> receiverCounterpart() {
    return switch (this) {
      case DISBURSEMENT -> Optional.of(INCOMING_FUNDS);
      case OUTGOING_COMMITMENT -> Optional.of(INCOMING_COMMITMENT);
      case OUTGOING_PLEDGE -> Optional.of(INCOMING_PLEDGE);
      default -> Optional.empty();
    };
  }

  /** Whether the recipient reports it (incoming funds, commitment or pledge). */
  public boolean reportedByReceiver() {
    return this == INCOMING_FUNDS || this == INCOMING_COMMITMENT || this == INCOMING_PLEDGE;
  }

  /** The type by its code ("3") or its name ("disbursement", any letter case). */
  public static Optional<TransactionType> parse(String value) {
    String key = value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(t -> t.code.equals(key) || t.apiName.equals(key))
        .findFirst();
  }

  /** The type of a stored code. */
  public static TransactionType ofCode(String code) {
    return Arrays.stream(values())
        .filter(t -> t.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No transaction type " + code));
  }
}
