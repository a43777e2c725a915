package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.sdghub.funding.api.TransactionRequest;
import org.sdghub.funding.api.TransactionView;
import org.sdghub.funding.domain.FundingTransaction;
import org.sdghub.funding.domain.ProjectCopy;
import org.sdghub.funding.domain.TransactionNotFound;
import org.sdghub.funding.events.FundingEventTypes;
import org.sdghub.funding.repository.ProjectCopyRepository;
import org.sdghub.funding.repository.TransactionRepository;
import org.sdghub.platform.Conflict;
import org.sdghub.platform.IfMatch;

/**
 * Records, corrects and withdraws transactions: each change is checked (rules, then who may), then
 * written as a new version with its history entry and event, all in one transaction.
 */
@ApplicationScoped
public class TransactionService {

  private final TransactionRules rules;
  private final Permissions permissions;
  private final RateLookup rates;
  private final TransactionWriter writer;
  private final TransactionRepository transactions;
  private final ProjectCopyRepository projects;
  private final FlowMatcher matcher;
  private final MergePatch patches;

  TransactionService(
      TransactionRules rules,
      Permissions permissions,
      RateLookup rates,
      TransactionWriter writer,
      TransactionRepository transactions,
      ProjectCopyRepository projects,
      FlowMatcher matcher,
      MergePatch patches) {
    this.rules = rules;
    this.permissions = permissions;
    this.rates = rates;
    this.writer = writer;
    this.transactions = transactions;
    this.projects = projects;
    this.matcher = matcher;
    this.patches = patches;
  }

  /** Records a new transaction, converted to USD at the rate of its value date. */
  @Transactional
  public TransactionView record(TransactionRequest request, Actor actor) {
    FundingTransaction transaction = new FundingTransaction();
    transaction.id = UUID.randomUUID();
    transaction.recordedBy = actor.organisationId();
    apply(request, actor, transaction);
    writer.write(transaction, actor, "recorded", FundingEventTypes.RECORDED);
    return view(transaction);
  }

  /** Replaces a transaction's state by a corrected one, as a new version. */
  @Transactional
  public TransactionView correct(
      UUID id, IfMatch ifMatch, TransactionRequest request, Actor actor) {
    FundingTransaction transaction = stored(id);
    ifMatch.check(transaction.version);
    refuseIfWithdrawn(transaction);
    ProjectCopy project = projects.findById(transaction.projectId);
    permissions.checkTransaction(actor, transaction.type(), project, transaction.providerId);
    apply(request, actor, transaction);
    writer.write(transaction, actor, "corrected", FundingEventTypes.CORRECTED);
    return view(transaction);
  }

  /** Corrects a transaction by a JSON Merge Patch of its state as a request. */
  @Transactional
  public TransactionView patch(
      UUID id, IfMatch ifMatch, com.fasterxml.jackson.databind.JsonNode patch, Actor actor) {
    FundingTransaction stored = stored(id);
    ifMatch.check(stored.version);
    TransactionRequest request = patches.apply(TransactionConversions.request(stored), patch);
    return correct(id, ifMatch, request, actor);
  }

  /** Marks a transaction withdrawn: it stays, in its history, and counts no more. */
  @Transactional
  public TransactionView withdraw(UUID id, IfMatch ifMatch, Actor actor) {
    FundingTransaction transaction = stored(id);
    ifMatch.check(transaction.version);
    refuseIfWithdrawn(transaction);
    ProjectCopy project = projects.findById(transaction.projectId);
    permissions.checkTransaction(actor, transaction.type(), project, transaction.providerId);
    transaction.withdrawn = true;
    writer.write(transaction, actor, "withdrawn", FundingEventTypes.WITHDRAWN);
    return view(transaction);
  }

  /** One transaction, with whether both sides report its flow. */
  @Transactional
  public TransactionView find(UUID id) {
    return view(stored(id));
  }

  private void apply(TransactionRequest request, Actor actor, FundingTransaction transaction) {
    TransactionRules.Checked checked = rules.check(request);
    permissions.checkTransaction(
        actor, checked.type(), checked.project(), request.providerOrganisationId());
    transaction.typeCode = checked.type().code();
    transaction.projectId = request.projectId();
    transaction.providerId = request.providerOrganisationId();
    transaction.receiverId = checked.receiver();
    transaction.amount = request.amount();
    transaction.currency = request.currency();
    transaction.valueDate = request.valueDate();
    transaction.transactionDate =
        request.transactionDate() == null ? request.valueDate() : request.transactionDate();
    transaction.description = request.description();
    transaction.financeType = request.financeType();
    transaction.aidType = request.aidType();
    transaction.flowType = request.flowType();
    transaction.convertedAt(
        rates.require(request.amount(), request.currency(), request.valueDate()));
  }

  private TransactionView view(FundingTransaction transaction) {
    // Only the transactions of its possible flow: matching the whole project on every write made
    // each write cost more the more the project held.
    UUID counterpart =
        transaction.withdrawn
            ? null
            : matcher.counterparts(transactions.activeInFlowOf(transaction)).get(transaction.id);
    return TransactionConversions.view(transaction, counterpart);
  }

  private FundingTransaction stored(UUID id) {
    FundingTransaction transaction = transactions.findById(id);
    if (transaction == null) {
      throw new TransactionNotFound(id);
    }
    return transaction;
  }

  private static void refuseIfWithdrawn(FundingTransaction transaction) {
    if (transaction.withdrawn) {
      throw new Conflict("Transaction " + transaction.id + " is withdrawn; record a new one.");
    }
  }
}
