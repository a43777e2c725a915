package org.sdghub.funding.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sdghub.funding.api.DeliveryViews;
import org.sdghub.funding.domain.SubscriptionDisabled;
import org.sdghub.funding.domain.WebhookEventTypes;
import org.sdghub.funding.domain.WebhookMessage;
import org.sdghub.funding.domain.WebhookMessageNotFound;
import org.sdghub.funding.domain.WebhookSubscription;
import org.sdghub.funding.repository.DeliveryHistory;
import org.sdghub.funding.repository.DeliveryLog;
import org.sdghub.funding.repository.DeliveryQueue;
import org.sdghub.funding.service.WebhookPermissions.Manager;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/** A subscription's delivery log and messages, redeliveries on request, and pings. */
@ApplicationScoped
public class DeliveryService {

  private final SubscriptionService subscriptions;
  private final DeliveryHistory history;
  private final DeliveryLog log;
  private final DeliveryQueue queue;
  private final DispatchSignal signal;
  private final ObjectMapper json;
  private final String source;

  DeliveryService(
      SubscriptionService subscriptions,
      DeliveryHistory history,
      DeliveryLog log,
      DeliveryQueue queue,
      DispatchSignal signal,
      ObjectMapper json,
      @ConfigProperty(name = "quarkus.application.name") String application) {
    this.subscriptions = subscriptions;
    this.history = history;
    this.log = log;
    this.queue = queue;
    this.signal = signal;
    this.json = json;
    this.source = "/sdghub/" + application;
  }

  @Transactional
  public Page<DeliveryViews.Attempt> attempts(
      Manager manager, UUID id, String webhookId, PageRequest page) {
    subscriptions.owned(manager, id);
    return history.attempts(id, webhookId, page).map(SubscriptionConversions::attempt);
  }

  @Transactional
  public Page<DeliveryViews.Message> messages(
      Manager manager, UUID id, String state, PageRequest page) {
    subscriptions.owned(manager, id);
    return history.messages(id, state, page).map(SubscriptionConversions::message);
  }

  /** Delivers one message again, from the first attempt of the schedule. */
  @Transactional
  public DeliveryViews.Redelivery redeliver(Manager manager, UUID id, String webhookId) {
    enabled(manager, id);
    if (!log.redeliver(id, webhookId)) {
      throw new WebhookMessageNotFound(id, webhookId);
    }
    signal.wakeAfterCommit();
    return new DeliveryViews.Redelivery(1);
  }

  /** Delivers again every message queued since {@code since}, in their order. */
  @Transactional
  public DeliveryViews.Redelivery redeliverSince(Manager manager, UUID id, OffsetDateTime since) {
    enabled(manager, id);
    int queued = log.redeliverSince(id, since);
    signal.wakeAfterCommit();
    return new DeliveryViews.Redelivery(queued);
  }

  /** Queues a {@code webhook.test} message, delivered like any other. */
  @Transactional
  public DeliveryViews.Ping ping(Manager manager, UUID id) {
    WebhookSubscription s = enabled(manager, id);
    UUID eventId = UUID.randomUUID();
    String webhookId = WebhookMessage.webhookIdOf(eventId);
    queue.enqueue(s.id, eventId, webhookId, WebhookEventTypes.TEST, "test", pingBody(eventId, s));
    signal.wakeAfterCommit();
    return new DeliveryViews.Ping(webhookId);
  }

  private WebhookSubscription enabled(Manager manager, UUID id) {
    WebhookSubscription s = subscriptions.owned(manager, id);
    if (!s.enabled) {
      throw new SubscriptionDisabled(id);
    }
    return s;
  }

  private String pingBody(UUID eventId, WebhookSubscription s) {
    ObjectNode body = json.createObjectNode();
    body.put("id", eventId.toString());
    body.put("type", WebhookEventTypes.TEST);
    body.put("source", source);
    body.put("time", SubscriptionService.now().toString());
    body.put("subject", s.id.toString());
    body.putObject("data").put("subscriptionId", s.id.toString()).put("message", "ping");
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a ping", e);
    }
  }
}
