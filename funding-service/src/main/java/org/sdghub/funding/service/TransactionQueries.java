package org.sdghub.funding.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sdghub.funding.api.HistoryEntry;
import org.sdghub.funding.api.TransactionView;
import org.sdghub.funding.domain.FundingTransaction;
import org.sdghub.funding.domain.TransactionNotFound;
import org.sdghub.funding.domain.TransactionRevision;
import org.sdghub.funding.repository.TransactionRepository;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/** Reads transactions: the filtered, sorted, paged list and each one's history. */
@ApplicationScoped
public class TransactionQueries {

  private final TransactionRepository transactions;
  private final QueryResolver resolver;
  private final FlowMatcher matcher;
  private final ObjectMapper mapper;

  TransactionQueries(
      TransactionRepository transactions,
      QueryResolver resolver,
      FlowMatcher matcher,
      ObjectMapper mapper) {
    this.transactions = transactions;
    this.resolver = resolver;
    this.matcher = matcher;
    this.mapper = mapper;
  }

  /** A page of the transactions the query covers, withdrawn ones included. */
  @Transactional
  public Page<TransactionView> list(FundingQuery query, PageRequest request) {
    Page<FundingTransaction> page = transactions.list(resolver.resolve(query), request);
    List<UUID> projects = page.items().stream().map(t -> t.projectId).distinct().toList();
    Map<UUID, UUID> counterparts = matcher.counterparts(transactions.activeOn(projects));
    return page.map(t -> TransactionConversions.view(t, counterparts.get(t.id)));
  }

  /** Every version of a transaction, oldest first. */
  @Transactional
  public List<HistoryEntry> history(UUID id) {
    if (transactions.findById(id) == null) {
      throw new TransactionNotFound(id);
    }
    return transactions.historyOf(id).stream().map(this::entry).toList();
  }

  private HistoryEntry entry(TransactionRevision revision) {
    try {
      return new HistoryEntry(
          revision.version,
          revision.change,
          revision.actorOrganisationId,
          Arrays.asList(revision.actorRoles.split(",")),
          revision.changedAt,
          mapper.readTree(revision.state));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable revision " + revision.id, e);
    }
  }
}
