package org.sdghub.funding.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import org.sdghub.funding.domain.WebhookEventTypes;
import org.sdghub.funding.domain.WebhookMessage;
import org.sdghub.funding.events.PublishedChange;
import org.sdghub.funding.repository.DeliveryQueue;

/**
 * Queues a message for every subscription that should hear of a change, in the transaction that
 * makes the change, so that the messages commit or roll back with it. Without filters a
 * subscription hears of its organisation's own transactions and of every change of the projects it
 * funds; with filters, of what matches them all. Exchange-rate updates go to all who asked. The
 * subscriptions are chosen and the messages written by one statement ({@link DeliveryQueue#route}).
 */
@ApplicationScoped
public class DeliveryRouter {

  private final DeliveryQueue queue;
  private final DispatchSignal signal;
  private final ObjectMapper json;

  DeliveryRouter(DeliveryQueue queue, DispatchSignal signal, ObjectMapper json) {
    this.queue = queue;
    this.signal = signal;
    this.json = json;
  }

  /** Must be fired inside the transaction of the change (a missing one fails loudly). */
  @Transactional(Transactional.TxType.MANDATORY)
  void on(@Observes PublishedChange change) {
    if (queue.route(routeOf(change)) > 0) {
      signal.wakeAfterCommit();
    }
  }

  private DeliveryQueue.Route routeOf(PublishedChange change) {
    // An exchange rate concerns no project and no organisation: it goes to all who asked. Without
    // filters, a transaction goes to its parties and a project change to the project's funders.
    boolean toAllWhoAsked =
        change.projectId() == null && !WebhookEventTypes.isTransaction(change.type());
    Set<UUID> organisations =
        WebhookEventTypes.isTransaction(change.type()) ? change.parties() : change.funders();
    return new DeliveryQueue.Route(
        change.eventId(),
        WebhookMessage.webhookIdOf(change.eventId()),
        change.type(),
        orderingKey(change),
        body(change),
        toAllWhoAsked,
        change.projectId(),
        organisations,
        change.countries(),
        change.sdgGoals());
  }

  private static String orderingKey(PublishedChange change) {
    UUID project = change.projectId();
    return project != null ? "project:" + project : "subject:" + change.subject();
  }

  private String body(PublishedChange change) {
    ObjectNode body = json.createObjectNode();
    body.put("id", change.eventId().toString());
    body.put("type", change.type());
    body.put("source", change.source());
    body.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(change.time()));
    body.put("subject", change.subject());
    body.set("data", change.data());
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the webhook body of " + change.eventId(), e);
    }
  }
}
