package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    List<Candidate> candidates = new ArrayList<>();
    for (FundingTransaction provided : transactions) {
      provided
          .type()
          .receiverCounterpart()
          .ifPresent(
              incoming -> {
                for (FundingTransaction received : transactions) {
                  if (sameFlow(provided, received, incoming)) {
                    long days =
                        Math.abs(ChronoUnit.DAYS.between(provided.valueDate, received.valueDate));
                    if (days <= config.matchToleranceDays()) {
                      candidates.add(new Candidate(provided, received, days));
                    }
                  }
                }
              });
    }
    candidates.sort(
        Comparator.comparingLong(Candidate::days)
            .thenComparing(c -> c.provided().id)
            .thenComparing(c -> c.received().id));
    Map<UUID, UUID> pairs = new HashMap<>();
    Set<UUID> taken = new HashSet<>();
    for (Candidate c : candidates) {
      if (taken.add(c.provided().id)) {
        if (taken.add(c.received().id)) {
          pairs.put(c.provided().id, c.received().id);
          pairs.put(c.received().id, c.provided().id);
        } else {
          taken.remove(c.provided().id);
        }
      }
    }
    return pairs;
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
