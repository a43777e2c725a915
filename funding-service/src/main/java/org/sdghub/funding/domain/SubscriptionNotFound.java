package org.sdghub.funding.domain;

import java.util.UUID;
import org.sdghub.platform.NotFound;

/**
 * Answers 404: no subscription has this id, or it belongs to another organisation (whose
 * subscriptions a caller may not even learn exist).
 */
public class SubscriptionNotFound extends NotFound {

  public SubscriptionNotFound(UUID id) {
    super(
        "webhook-subscription-not-found",
        "Webhook subscription not found",
        "No webhook subscription with id " + id + ".");
  }
}
