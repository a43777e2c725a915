package org.sdghub.funding.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sdghub.funding.domain.WebhookSubscription;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/** Webhook subscriptions; writes must run inside a transaction. */
@ApplicationScoped
public class SubscriptionRepository {

  private final EntityManager entityManager;

  SubscriptionRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public Optional<WebhookSubscription> find(UUID id) {
    return Optional.ofNullable(entityManager.find(WebhookSubscription.class, id));
  }

  public void add(WebhookSubscription subscription) {
    entityManager.persist(subscription);
    entityManager.flush();
  }

  /** Writes the pending changes now, so that the new version is known. */
  public void flush() {
    entityManager.flush();
  }

  public void remove(WebhookSubscription subscription) {
    entityManager.remove(subscription);
    entityManager.flush();
  }

  /** A page of subscriptions, of one organisation or (null) of all. */
  public Page<WebhookSubscription> list(UUID organisationId, Boolean enabled, PageRequest page) {
    String where = " WHERE (:org IS NULL OR s.organisationId = :org)";
    where += enabled == null ? "" : " AND s.enabled = :enabled";
    TypedQuery<WebhookSubscription> items =
        entityManager.createQuery(
            "SELECT s FROM WebhookSubscription s" + where + " ORDER BY " + order(page),
            WebhookSubscription.class);
    TypedQuery<Long> total =
        entityManager.createQuery("SELECT count(s) FROM WebhookSubscription s" + where, Long.class);
    for (TypedQuery<?> query : List.of(items, total)) {
      query.setParameter("org", organisationId);
      if (enabled != null) {
        query.setParameter("enabled", enabled);
      }
    }
    items.setFirstResult((int) page.offset()).setMaxResults(page.size());
    return Page.of(items.getResultList(), page, total.getSingleResult());
  }

  private static String order(PageRequest page) {
    return String.join(
        ", ",
        page.order().stream()
            .map(o -> "s." + o.attribute() + (o.ascending() ? " ASC" : " DESC"))
            .toList());
  }
}
