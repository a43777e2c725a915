package org.sdghub.funding.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sdghub.funding.domain.WebhookEventTypes;
import org.sdghub.funding.domain.WebhookMessage;
import org.sdghub.funding.domain.WebhookSubscription;
import org.sdghub.funding.events.PublishedChange;
import org.sdghub.funding.repository.DeliveryQueue;
import org.sdghub.funding.repository.SubscriptionRepository;

/**
 * Queues a message for every subscription that should hear of a change, in the transaction that
 * makes the change, so that the messages commit or roll back with it. Without filters a
 * subscription hears of its organisation's own transactions and of every change of the projects it
 * funds; with filters, of what matches them all. Exchange-rate updates go to all who asked.
 */
@ApplicationScoped
public class DeliveryRouter {

  private final SubscriptionRepository subscriptions;
  private final DeliveryQueue queue;
  private final DispatchSignal signal;
  private final ObjectMapper json;

  DeliveryRouter(
      SubscriptionRepository subscriptions,
      DeliveryQueue queue,
      DispatchSignal signal,
      ObjectMapper json) {
    this.subscriptions = subscriptions;
    this.queue = queue;
    this.signal = signal;
    this.json = json;
  }

  /** Must be fired inside the transaction of the change (a missing one fails loudly). */
  @Transactional(Transactional.TxType.MANDATORY)
  void on(@Observes PublishedChange change) {
    List<WebhookSubscription> wanting = subscriptions.wanting(change.type());
    String body = null;
    boolean queued = false;
    for (WebhookSubscription subscription : wanting) {
      if (!matches(subscription, change)) {
        continue;
      }
      body = body == null ? body(change) : body;
      queued |=
          queue.enqueue(
              subscription.id,
              change.eventId(),
              WebhookMessage.webhookIdOf(change.eventId()),
              change.type(),
              orderingKey(change),
              body);
    }
    if (queued) {
      signal.wakeAfterCommit();
    }
  }

  static boolean matches(WebhookSubscription s, PublishedChange change) {
    if (change.projectId() == null) {
      // An exchange rate concerns no project and no organisation: it goes to all who asked.
      return !WebhookEventTypes.isTransaction(change.type());
    }
    if (s.filtered()) {
      return within(Set.of(s.projectIds), Set.of(change.projectId()))
          && within(Set.of(s.countries), change.countries())
          && within(Set.of(s.sdgGoals), change.sdgGoals());
    }
    if (WebhookEventTypes.isTransaction(change.type())) {
      return change.parties().contains(s.organisationId);
    }
    return change.funders().contains(s.organisationId);
  }

  /** An empty filter lets everything through; else the change must share one value with it. */
  private static <T> boolean within(Set<T> filter, Set<T> values) {
    return filter.isEmpty() || !Collections.disjoint(filter, values);
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
