package org.sdghub.funding.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sdghub.funding.domain.CountryShare;
import org.sdghub.funding.domain.FundingTransaction;
import org.sdghub.funding.domain.ProjectCopy;
import org.sdghub.funding.events.PublishedChange;
import org.sdghub.funding.repository.TransactionRepository;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.ReceivedEvent;

/**
 * Tells observers in this service (the webhooks) of each change it publishes or applies, as a
 * synchronous CDI event fired inside the transaction that makes the change; without an observer it
 * does nothing. Call it right after the outbox append, or after applying a project event.
 */
@ApplicationScoped
public class ChangeNotifier {

  private final Event<PublishedChange> changes;
  private final TransactionRepository transactions;
  private final ObjectMapper mapper;
  private final String source;

  ChangeNotifier(
      Event<PublishedChange> changes,
      TransactionRepository transactions,
      ObjectMapper mapper,
      @ConfigProperty(name = "sdghub.events.source", defaultValue = "/sdghub/funding-service")
          String source) {
    this.changes = changes;
    this.transactions = transactions;
    this.mapper = mapper;
    this.source = source;
  }

  /** A transaction event this service appended to its outbox under {@code eventId}. */
  public void transactionChanged(
      UUID eventId, DomainEvent event, FundingTransaction transaction, ProjectCopy project) {
    changes.fire(
        new PublishedChange(
            eventId,
            event.type(),
            source,
            OffsetDateTime.now(ZoneOffset.UTC),
            event.aggregateId(),
            event.sequence(),
            project.id,
            funders(project),
            new LinkedHashSet<>(List.of(transaction.providerId, transaction.receiverId)),
            countries(project),
            Set.copyOf(project.sdgGoals),
            json(event.data())));
  }

  /** An exchange-rate event this service appended to its outbox under {@code eventId}. */
  public void rateChanged(UUID eventId, DomainEvent event) {
    changes.fire(
        new PublishedChange(
            eventId,
            event.type(),
            source,
            OffsetDateTime.now(ZoneOffset.UTC),
            event.aggregateId(),
            event.sequence(),
            null,
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            json(event.data())));
  }

  /** A project event that was applied to the copy. */
  public void projectChanged(ReceivedEvent event, ProjectCopy project) {
    changes.fire(
        new PublishedChange(
            eventIdOf(event.id()),
            event.type(),
            event.source(),
            event.time() == null ? OffsetDateTime.now(ZoneOffset.UTC) : event.time(),
            event.subject(),
            event.sequence(),
            project.id,
            funders(project),
            Set.of(),
            countries(project),
            Set.copyOf(project.sdgGoals),
            event.data()));
  }

  private Set<UUID> funders(ProjectCopy project) {
    Set<UUID> funders = new LinkedHashSet<>(project.fundingOrganisations());
    funders.addAll(transactions.providersOn(project.id));
    return funders;
  }

  private static Set<String> countries(ProjectCopy project) {
    Set<String> countries = new LinkedHashSet<>();
    project.recipientCountries.stream().map(CountryShare::country).forEach(countries::add);
    return countries;
  }

  private JsonNode json(Object data) {
    return mapper.valueToTree(data);
  }

  private static UUID eventIdOf(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      // CloudEvents ids need not be UUIDs; a stable one is derived for those that are not.
      return UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
    }
  }
}
