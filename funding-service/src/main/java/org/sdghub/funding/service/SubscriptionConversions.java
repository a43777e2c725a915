package org.sdghub.funding.service;

import java.util.Arrays;
import java.util.List;
import org.sdghub.funding.api.DeliveryViews;
import org.sdghub.funding.api.SubscriptionFilters;
import org.sdghub.funding.api.SubscriptionHealth;
import org.sdghub.funding.api.SubscriptionView;
import org.sdghub.funding.domain.WebhookAttempt;
import org.sdghub.funding.domain.WebhookMessage;
import org.sdghub.funding.domain.WebhookSubscription;

/** Converts webhook rows to the API's records: the one place where the two shapes meet. */
final class SubscriptionConversions {

  private SubscriptionConversions() {}

  static SubscriptionView view(WebhookSubscription s) {
    return new SubscriptionView(
        s.id,
        s.organisationId,
        s.url,
        s.description,
        List.of(s.eventTypes),
        new SubscriptionFilters(
            Arrays.asList(s.projectIds), Arrays.asList(s.countries), Arrays.asList(s.sdgGoals)),
        s.enabled,
        new SubscriptionHealth(
            s.disabledAt,
            s.disabledReason,
            s.lastStatus,
            s.lastError,
            s.lastAttemptAt,
            s.lastSuccessAt,
            s.failingSince),
        s.previousSecret == null ? null : s.previousSecretExpiresAt,
        s.createdAt,
        s.updatedAt,
        s.version,
        null);
  }

  static void applyFilters(WebhookSubscription s, SubscriptionFilters filters) {
    s.projectIds = filters.projectIds().stream().distinct().toArray(java.util.UUID[]::new);
    s.countries = filters.countries().stream().distinct().toArray(String[]::new);
    s.sdgGoals = filters.sdgGoals().stream().distinct().toArray(Integer[]::new);
  }

  static DeliveryViews.Attempt attempt(WebhookAttempt a) {
    return new DeliveryViews.Attempt(
        a.id,
        a.webhookId,
        a.attempt,
        a.attemptedAt,
        a.status,
        a.durationMs,
        a.responseExcerpt,
        a.error);
  }

  static DeliveryViews.Message message(WebhookMessage m) {
    return new DeliveryViews.Message(
        m.webhookId,
        m.eventId,
        m.eventType,
        m.state,
        m.attempts,
        WebhookMessage.PENDING.equals(m.state) ? m.nextAttemptAt : null,
        m.createdAt,
        m.deliveredAt,
        m.lastStatus,
        m.lastError);
  }
}
