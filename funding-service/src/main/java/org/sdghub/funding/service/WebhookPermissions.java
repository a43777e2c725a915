package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.sdghub.funding.domain.SubscriptionNotFound;
import org.sdghub.funding.domain.WebhookSubscription;
import org.sdghub.platform.Caller;
import org.sdghub.platform.Role;

/**
 * Who may do what with webhook subscriptions, in one place, default deny: donors, partners
 * (agencies fund too) and coordinators manage subscriptions; a subscription is seen and changed
 * only by its owning organisation and by coordinators. To anybody else it does not exist (404), so
 * that no one learns which subscriptions others have.
 */
@ApplicationScoped
public class WebhookPermissions {

  /** Who acts: the organisation, and whether it is the centre (which sees all). */
  public record Manager(UUID organisationId, boolean coordinator) {}

  private final Caller caller;

  WebhookPermissions(Caller caller) {
    this.caller = caller;
  }

  /** Passes for donors, partners and coordinators (403 otherwise, viewers included). */
  public Manager requireManager() {
    caller.requireRole(Role.DONOR, Role.PARTNER, Role.COORDINATOR);
    return new Manager(caller.organisationId(), caller.hasRole(Role.COORDINATOR));
  }

  /** Passes if the manager owns the subscription or is a coordinator; else a 404. */
  public void checkAccess(Manager manager, WebhookSubscription subscription) {
    if (!manager.coordinator() && !manager.organisationId().equals(subscription.organisationId)) {
      throw new SubscriptionNotFound(subscription.id);
    }
  }
}
