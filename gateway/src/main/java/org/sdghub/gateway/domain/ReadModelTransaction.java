package org.sdghub.gateway.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A funding transaction as the read model keeps it: what funding-service's last applied event said
 * of it (its IATI TransactionType code, the two sides, the amount in its currency and in USD).
 *
 * @param typeCode the IATI TransactionType code, "1" to "13"
 * @param status {@code active}, or {@code withdrawn} (then it adds to no figure)
 * @param usdAmount the USD value funding-service converted it to, at {@code usdRate} (units of the
 *     currency per USD) of {@code usdRateDate} from {@code usdRateSource}
 */
public record ReadModelTransaction(
    UUID id,
    long version,
    UUID projectId,
    String typeCode,
    String status,
    UUID providerId,
    UUID receiverId,
    BigDecimal amount,
    String currency,
    LocalDate valueDate,
    BigDecimal usdAmount,
    BigDecimal usdRate,
    LocalDate usdRateDate,
    String usdRateSource,
    Instant updatedAt) {

  /** The status of a transaction that counts. */
  public static final String ACTIVE = "active";

  /** The status of a withdrawn transaction. */
  public static final String WITHDRAWN = "withdrawn";

  /** Whether it counts in the figures (it is not withdrawn). */
  public boolean active() {
    return ACTIVE.equals(status);
  }
}
