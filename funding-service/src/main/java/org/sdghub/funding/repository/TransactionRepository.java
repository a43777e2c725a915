package org.sdghub.funding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.sdghub.funding.domain.FundingTransaction;
import org.sdghub.funding.domain.TransactionRevision;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/** Transactions and their history; needs a transaction to write. */
@ApplicationScoped
public class TransactionRepository implements PanacheRepositoryBase<FundingTransaction, UUID> {

  /** A page of the transactions the filter covers, withdrawn ones included. */
  public Page<FundingTransaction> list(TransactionFilter filter, PageRequest request) {
    Where where = filter.where();
    var query = find(where.query(), request.panacheSort(), where.parameters());
    return Page.of(query.page(request.panachePage()).list(), request, query.count());
  }

  /** Every transaction the filter covers that is not withdrawn. */
  public List<FundingTransaction> active(TransactionFilter filter) {
    Where where = filter.where().and("withdrawn = false");
    return list(where.query(), where.parameters());
  }

  /** The transactions of these projects that are not withdrawn. */
  public List<FundingTransaction> activeOn(Collection<UUID> projects) {
    if (projects.size() == 1) {
      // One project (each write answers with its flow's counterpart): a query Hibernate translates
      // once, not once per call as it does an "in" list, and read only (nothing to dirty-check).
      return find("projectId = ?1 and withdrawn = false", projects.iterator().next())
          .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
          .list();
    }
    return projects.isEmpty() ? List.of() : list("projectId in ?1 and withdrawn = false", projects);
  }

  /**
   * The transactions not withdrawn that could report the same flow as {@code transaction} (itself
   * included): same project, provider, receiver, currency and amount. Pairs only form within such a
   * group, so matching it alone gives a transaction the counterpart that matching its whole project
   * would give.
   */
  public List<FundingTransaction> activeInFlowOf(FundingTransaction transaction) {
    return find(
            "projectId = ?1 and providerId = ?2 and receiverId = ?3 and currency = ?4"
                + " and amount = ?5 and withdrawn = false",
            transaction.projectId,
            transaction.providerId,
            transaction.receiverId,
            transaction.currency,
            transaction.amount)
        .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
        .list();
  }

  /** The providers of the project's transactions that are not withdrawn. */
  public List<UUID> providersOn(UUID project) {
    return getEntityManager()
        .createQuery(
            "select distinct t.providerId from FundingTransaction t"
                + " where t.projectId = ?1 and t.withdrawn = false",
            UUID.class)
        .setParameter(1, project)
        .getResultList();
  }

  /**
   * The transactions not withdrawn, in the currency, with value dates in the range, locked for a
   * revaluation.
   */
  public List<FundingTransaction> activeInCurrency(String currency, LocalDate from, LocalDate to) {
    return find(
            "currency = ?1 and valueDate >= ?2 and valueDate <= ?3 and withdrawn = false"
                + " order by valueDate, id",
            currency,
            from,
            to)
        .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .list();
  }

  /** How many transactions not withdrawn were converted at this currency's rate of this date. */
  public long usingRate(String currency, LocalDate rateDate) {
    return count("currency = ?1 and rateDate = ?2 and withdrawn = false", currency, rateDate);
  }

  /** Adds a version to a transaction's history. */
  public void addRevision(TransactionRevision revision) {
    getEntityManager().persist(revision);
  }

  /** A transaction's history, oldest first. */
  public List<TransactionRevision> historyOf(UUID transaction) {
    return getEntityManager()
        .createQuery(
            "from TransactionRevision r where r.transactionId = ?1 order by r.version",
            TransactionRevision.class)
        .setParameter(1, transaction)
        .getResultList();
  }
}
