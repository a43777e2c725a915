package org.sdghub.gateway.domain;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One project's funding figures in USD, counted as funding-service counts them for {@code GET
 * /api/v1/funding/projects/{id}}: only transactions not withdrawn, at their USD value; committed =
 * outgoing (2) + incoming (11) commitments, disbursed = disbursements (3) + incoming funds (1),
 * expended = expenditure (4), pledged = pledges (12, 13), other types nowhere. A flow both sides
 * report (the provider's 3, 2 or 12 and the receiver's 1, 11 or 13 with the same provider,
 * receiver, project, amount and currency, value dates at most the tolerance apart) counts once, at
 * the provider's USD value; each transaction pairs at most once, the closest value dates first.
 */
public record FundingFigures(
    BigDecimal pledged, BigDecimal committed, BigDecimal disbursed, BigDecimal expended) {

  /** The figures of one project's transactions (withdrawn ones among them are left out). */
  public static FundingFigures of(List<ReadModelTransaction> transactions, int toleranceDays) {
    List<ReadModelTransaction> active =
        transactions.stream().filter(ReadModelTransaction::active).toList();
    Map<UUID, UUID> pairs = counterparts(active, toleranceDays);
    Map<Kind.Figure, BigDecimal> sums = new HashMap<>();
    for (ReadModelTransaction t : active) {
      Kind kind = Kind.of(t.typeCode());
      boolean countedByItsProvider = pairs.containsKey(t.id()) && kind.reportedByReceiver();
      if (!countedByItsProvider && kind.figure != null) {
        sums.merge(kind.figure, t.usdAmount(), BigDecimal::add);
      }
    }
    return new FundingFigures(
        sums.getOrDefault(Kind.Figure.PLEDGED, BigDecimal.ZERO),
        sums.getOrDefault(Kind.Figure.COMMITTED, BigDecimal.ZERO),
        sums.getOrDefault(Kind.Figure.DISBURSED, BigDecimal.ZERO),
        sums.getOrDefault(Kind.Figure.EXPENDED, BigDecimal.ZERO));
  }

  /** For each transaction of a pair both sides report, the other one (both directions). */
  static Map<UUID, UUID> counterparts(List<ReadModelTransaction> active, int toleranceDays) {
    List<Candidate> candidates = new ArrayList<>();
    for (ReadModelTransaction provided : active) {
      Kind incoming = Kind.of(provided.typeCode()).receiverCounterpart;
      if (incoming == null) {
        continue;
      }
      for (ReadModelTransaction received : active) {
        long days = Math.abs(ChronoUnit.DAYS.between(provided.valueDate(), received.valueDate()));
        if (Kind.of(received.typeCode()) == incoming
            && sameFlow(provided, received)
            && days <= toleranceDays) {
          candidates.add(new Candidate(provided.id(), received.id(), days));
        }
      }
    }
    candidates.sort(
        Comparator.comparingLong(Candidate::days)
            .thenComparing(Candidate::provided)
            .thenComparing(Candidate::received));
    Map<UUID, UUID> pairs = new HashMap<>();
    for (Candidate c : candidates) {
      if (!pairs.containsKey(c.provided()) && !pairs.containsKey(c.received())) {
        pairs.put(c.provided(), c.received());
        pairs.put(c.received(), c.provided());
      }
    }
    return pairs;
  }

  private static boolean sameFlow(ReadModelTransaction provided, ReadModelTransaction received) {
    return received.projectId().equals(provided.projectId())
        && received.providerId().equals(provided.providerId())
        && received.receiverId().equals(provided.receiverId())
        && received.currency().equals(provided.currency())
        && received.amount().compareTo(provided.amount()) == 0;
  }

  private record Candidate(UUID provided, UUID received, long days) {}

  /** The IATI transaction types by the figure they add to and the side that reports them. */
  private enum Kind {
    INCOMING_FUNDS(Figure.DISBURSED, null, true),
    DISBURSEMENT(Figure.DISBURSED, INCOMING_FUNDS, false),
    INCOMING_COMMITMENT(Figure.COMMITTED, null, true),
    OUTGOING_COMMITMENT(Figure.COMMITTED, INCOMING_COMMITMENT, false),
    INCOMING_PLEDGE(Figure.PLEDGED, null, true),
    OUTGOING_PLEDGE(Figure.PLEDGED, INCOMING_PLEDGE, false),
    EXPENDITURE(Figure.EXPENDED, null, false),
    OTHER(null, null, false);

    enum Figure {
      PLEDGED,
      COMMITTED,
      DISBURSED,
      EXPENDED
    }

    private final Figure figure;
    private final Kind receiverCounterpart;
    private final boolean reportedByReceiver;

    Kind(Figure figure, Kind receiverCounterpart, boolean reportedByReceiver) {
      this.figure = figure;
      this.receiverCounterpart = receiverCounterpart;
      this.reportedByReceiver = reportedByReceiver;
    }

    boolean reportedByReceiver() {
      return reportedByReceiver;
    }

    static Kind of(String typeCode) {
      return switch (typeCode) {
        case "1" -> INCOMING_FUNDS;
        case "2" -> OUTGOING_COMMITMENT;
        case "3" -> DISBURSEMENT;
        case "4" -> EXPENDITURE;
        case "11" -> INCOMING_COMMITMENT;
        case "12" -> OUTGOING_PLEDGE;
        case "13" -> INCOMING_PLEDGE;
        default -> OTHER;
      };
    }
  }
}
