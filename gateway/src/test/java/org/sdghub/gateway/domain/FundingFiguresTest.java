package org.sdghub.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Counting a project's money as funding-service does: each flow once, withdrawn ones nowhere. */
class FundingFiguresTest {

  private static final UUID PROJECT = UUID.randomUUID();
  private static final UUID DONOR = UUID.randomUUID();
  private static final UUID AGENCY = UUID.randomUUID();
  private static final int TOLERANCE = 14;

  private static ReadModelTransaction t(String type, String eur, String usd, String date) {
    return new ReadModelTransaction(
        UUID.randomUUID(),
        0,
        PROJECT,
        type,
        ReadModelTransaction.ACTIVE,
        DONOR,
        AGENCY,
        new BigDecimal(eur),
        "EUR",
        LocalDate.parse(date),
        new BigDecimal(usd),
        new BigDecimal("0.92"),
        LocalDate.parse(date),
        "test",
        Instant.EPOCH);
  }

  private static FundingFigures figures(ReadModelTransaction... transactions) {
    return FundingFigures.of(List.of(transactions), TOLERANCE);
  }

  @Test
  void aCommitmentBothSidesReportCountsOnceAtTheProvidersValue() {
    FundingFigures f =
        figures(
            t("2", "920000", "1000000.00", "2025-03-01"),
            t("11", "920000", "999999.00", "2025-03-10"));
    assertEquals(new BigDecimal("1000000.00"), f.committed());
    assertEquals(BigDecimal.ZERO, f.disbursed());
  }

  @Test
  void aDisbursementAndItsIncomingFundsCountOnceButANearMissCountsTwice() {
    assertEquals(
        new BigDecimal("500.00"),
        figures(t("3", "460", "500.00", "2025-03-01"), t("1", "460", "500.00", "2025-03-15"))
            .disbursed());
    assertEquals(
        new BigDecimal("1000.00"),
        figures(t("3", "460", "500.00", "2025-03-01"), t("1", "460", "500.00", "2025-03-16"))
            .disbursed());
    assertEquals(
        new BigDecimal("1001.00"),
        figures(t("3", "460", "500.00", "2025-03-01"), t("1", "461", "501.00", "2025-03-02"))
            .disbursed());
  }

  @Test
  void eachTransactionPairsOnceTheClosestDatesFirst() {
    ReadModelTransaction far = t("1", "460", "500.00", "2025-03-10");
    ReadModelTransaction near = t("1", "460", "500.00", "2025-03-02");
    ReadModelTransaction provided = t("3", "460", "500.00", "2025-03-01");
    assertEquals(
        java.util.Map.of(provided.id(), near.id(), near.id(), provided.id()),
        FundingFigures.counterparts(List.of(far, provided, near), TOLERANCE));
    assertEquals(new BigDecimal("1000.00"), figures(far, provided, near).disbursed());
  }

  @Test
  void withdrawnTransactionsPledgesExpenditureAndOtherTypesAreNotCommittedOrDisbursed() {
    ReadModelTransaction withdrawn = t("3", "92", "100.00", "2025-03-01");
    withdrawn =
        new ReadModelTransaction(
            withdrawn.id(),
            1,
            PROJECT,
            "3",
            ReadModelTransaction.WITHDRAWN,
            DONOR,
            AGENCY,
            withdrawn.amount(),
            "EUR",
            withdrawn.valueDate(),
            withdrawn.usdAmount(),
            withdrawn.usdRate(),
            withdrawn.usdRateDate(),
            "test",
            Instant.EPOCH);
    FundingFigures f =
        figures(
            withdrawn,
            t("12", "92", "100.00", "2025-03-01"),
            t("4", "46", "50.00", "2025-03-01"),
            t("5", "9", "10.00", "2025-03-01"));
    assertEquals(BigDecimal.ZERO, f.committed());
    assertEquals(BigDecimal.ZERO, f.disbursed());
    assertEquals(new BigDecimal("100.00"), f.pledged());
    assertEquals(new BigDecimal("50.00"), f.expended());
  }
}
