package org.sdghub.funding.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.UUID;
import org.sdghub.funding.domain.WebhookAttempt;
import org.sdghub.funding.domain.WebhookMessage;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/** Reads the delivery log and the messages of a subscription, a page at a time. */
@ApplicationScoped
public class DeliveryHistory {

  private final EntityManager entityManager;

  DeliveryHistory(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** The attempts of a subscription's deliveries, of one message if {@code webhookId} is set. */
  public Page<WebhookAttempt> attempts(UUID subscriptionId, String webhookId, PageRequest page) {
    String where = " WHERE a.subscriptionId = :sub AND (:wid IS NULL OR a.webhookId = :wid)";
    TypedQuery<WebhookAttempt> items =
        entityManager.createQuery(
            "SELECT a FROM WebhookAttempt a" + where + " ORDER BY " + order("a", page),
            WebhookAttempt.class);
    TypedQuery<Long> total =
        entityManager.createQuery("SELECT count(a) FROM WebhookAttempt a" + where, Long.class);
    for (TypedQuery<?> query : java.util.List.of(items, total)) {
      query.setParameter("sub", subscriptionId).setParameter("wid", webhookId);
    }
    items.setFirstResult((int) page.offset()).setMaxResults(page.size());
    return Page.of(items.getResultList(), page, total.getSingleResult());
  }

  /** The messages of a subscription, in one state if {@code state} is set. */
  public Page<WebhookMessage> messages(UUID subscriptionId, String state, PageRequest page) {
    String where = " WHERE m.subscriptionId = :sub AND (:state IS NULL OR m.state = :state)";
    TypedQuery<WebhookMessage> items =
        entityManager.createQuery(
            "SELECT m FROM WebhookMessage m" + where + " ORDER BY " + order("m", page),
            WebhookMessage.class);
    TypedQuery<Long> total =
        entityManager.createQuery("SELECT count(m) FROM WebhookMessage m" + where, Long.class);
    for (TypedQuery<?> query : java.util.List.of(items, total)) {
      query.setParameter("sub", subscriptionId).setParameter("state", state);
    }
    items.setFirstResult((int) page.offset()).setMaxResults(page.size());
    return Page.of(items.getResultList(), page, total.getSingleResult());
  }

  private static String order(String alias, PageRequest page) {
    return String.join(
        ", ",
        page.order().stream()
            .map(o -> alias + "." + o.attribute() + (o.ascending() ? " ASC" : " DESC"))
            .toList());
  }
}
