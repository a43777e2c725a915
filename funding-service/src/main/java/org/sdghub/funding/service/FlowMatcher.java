package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sdghub.funding.config.FundingConfig;
import org.sdghub.funding.domain.FundingTransaction;
import org.sdghub.funding.domain.TransactionType;

/**
 * Finds the flows both sides report: a provider's disbursement, commitment or pledge and the
 * receiver's incoming funds, commitment or pledge with the same provider, receiver, project, amount
 * and currency, value dates at most {@code sdghub.funding.match-tolerance-days} apart. Each
 * transaction matches at most one other; the closest value dates pair first.
 */
@ApplicationScoped
public class FlowMatcher {

  private final FundingConfig config;

  FlowMatcher(FundingConfig config) {
    this.config = config;
  }

  /** For each transaction of a matched pair, the other one (both directions). */
  public Map<UUID, UUID> counterparts(List<FundingTransaction> transactions) {
    List<Candidate> candidates = candidates(transactions);
    candidates.sort(
        Comparator.comparingLong(Candidate::days)
            .thenComparing(c -> c.provided().id)
            .thenComparing(c -> c.received().id));
    Map<UUID, UUID> pairs = new HashMap<>();
    for (Candidate c : candidates) {
      UUID provided = c.provided().id;
      UUID received = c.received().id;
      if (!pairs.containsKey(provided) && !pairs.containsKey(received)) {
        pairs.put(provided, received);
        pairs.put(received, provided);
      }
    }
    return pairs;
  }

  /** Every pair of a provider's and a receiver's report that could be the same flow. */
  private List<Candidate> candidates(List<FundingTransaction> transactions) {
    List<Candidate> candidates = new ArrayList<>();
    for (FundingTransaction provided : transactions) {
      Optional<TransactionType> incoming = provided.type().receiverCounterpart();
      if (incoming.isEmpty()) {
        continue;
      }
      for (FundingTransaction received : transactions) {
        long days = Math.abs(ChronoUnit.DAYS.between(provided.valueDate, received.valueDate));
        if (sameFlow(provided, received, incoming.get()) && days <= config.matchToleranceDays()) {
          candidates.add(new Candidate(provided, received, days));
        }
      }
    }
    return candidates;
  }

  private static boolean sameFlow(
      FundingTransaction provided, FundingTransaction received, TransactionType incoming) {
    return received.type() == incoming
        && received.projectId.equals(provided.projectId)
        && received.providerId.equals(provided.providerId)
        && received.receiverId.equals(provided.receiverId)
        && received.currency.equals(provided.currency)
        && received.amount.compareTo(provided.amount) == 0;
  }

  private record Candidate(FundingTransaction provided, FundingTransaction received, long days) {}
}
