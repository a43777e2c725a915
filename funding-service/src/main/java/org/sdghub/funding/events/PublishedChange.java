package org.sdghub.funding.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * A change that donor systems may be told of by webhook: an event this service publishes (a
 * transaction recorded, corrected or withdrawn; an exchange rate updated) or a project event it
 * applied to its copy. Fired as a synchronous CDI event inside the transaction that makes the
 * change, so that the deliveries it causes commit or roll back with it.
 *
 * @param eventId the CloudEvent's id (the outbox's for this service's events, the received one's
 *     for project events)
 * @param type the CloudEvent's type, such as {@code org.sdghub.funding.transaction.recorded.v1}
 * @param source the CloudEvent's source, such as {@code /sdghub/funding-service}
 * @param time when the change happened
 * @param subject the aggregate id (the CloudEvent's subject)
 * @param sequence the aggregate's version after the change
 * @param projectId the project the change concerns; null for an exchange rate
 * @param funders organisations funding that project: its funding participants and the providers of
 *     its transactions that are not withdrawn; empty for an exchange rate
 * @param parties the provider and receiver of a transaction; empty for other changes
 * @param countries the project's recipient countries (ISO 3166-1 alpha-2); empty if none
 * @param sdgGoals the project's SDG goals; empty if none
 * @param data the CloudEvent's data: the aggregate's full state, as its JSON Schema describes it
 */
public record PublishedChange(
    UUID eventId,
    String type,
    String source,
    OffsetDateTime time,
    String subject,
    long sequence,
    UUID projectId,
    Set<UUID> funders,
    Set<UUID> parties,
    Set<String> countries,
    Set<Integer> sdgGoals,
    JsonNode data) {

  public PublishedChange {
    funders = Set.copyOf(funders);
    parties = Set.copyOf(parties);
    countries = Set.copyOf(countries);
    sdgGoals = Set.copyOf(sdgGoals);
  }
}
