package org.sdghub.funding.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.sdghub.funding.domain.FundingTransaction;
import org.sdghub.funding.domain.ProjectCopy;
import org.sdghub.funding.domain.TransactionRevision;
import org.sdghub.funding.events.TransactionState;
import org.sdghub.funding.repository.ProjectCopyRepository;
import org.sdghub.funding.repository.TransactionRepository;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.Outbox;

/**
 * Writes a transaction's new version with everything that goes with it, in the caller's
 * transaction: the row, its history entry, its event in the outbox, and the change for webhooks.
 */
@ApplicationScoped
public class TransactionWriter {

  private final TransactionRepository transactions;
  private final ProjectCopyRepository projects;
  private final Outbox outbox;
  private final ChangeNotifier notifier;
  private final ObjectMapper mapper;

  TransactionWriter(
      TransactionRepository transactions,
      ProjectCopyRepository projects,
      Outbox outbox,
      ChangeNotifier notifier,
      ObjectMapper mapper) {
    this.transactions = transactions;
    this.projects = projects;
    this.outbox = outbox;
    this.notifier = notifier;
    this.mapper = mapper;
  }

  /**
   * Saves the transaction (new or changed) and records the change.
   *
   * @param change recorded, corrected, revalued or withdrawn
   * @param eventType the event published for it
   */
  public void write(FundingTransaction transaction, Actor actor, String change, String eventType) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    if (transaction.createdAt == null) {
      transaction.createdAt = now;
    }
    transaction.updatedAt = now;
    transactions.persistAndFlush(transaction);
    TransactionState state = TransactionConversions.state(transaction);
    transactions.addRevision(revision(transaction, actor, change, state, now));
    DomainEvent event =
        new DomainEvent(eventType, transaction.id.toString(), transaction.version, state);
    UUID eventId = outbox.append(event);
    ProjectCopy project = projects.read(transaction.projectId);
    notifier.transactionChanged(eventId, event, transaction, project);
  }

  private TransactionRevision revision(
      FundingTransaction transaction,
      Actor actor,
      String change,
      TransactionState state,
      Instant now) {
    TransactionRevision revision = new TransactionRevision();
    revision.id = UUID.randomUUID();
    revision.transactionId = transaction.id;
    revision.version = transaction.version;
    revision.change = change;
    revision.actorOrganisationId = actor.organisationId();
    revision.actorRoles = actor.roleNames();
    revision.changedAt = now;
    try {
      revision.state = mapper.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write transaction " + transaction.id, e);
    }
    return revision;
  }
}
