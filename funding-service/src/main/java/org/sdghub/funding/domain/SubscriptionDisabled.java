package org.sdghub.funding.domain;

import java.util.Map;
import java.util.UUID;
import org.sdghub.platform.Conflict;

/** Answers 409: the subscription is disabled, so nothing would be delivered; enable it first. */
public class SubscriptionDisabled extends Conflict {

  public SubscriptionDisabled(UUID id) {
    super(
        "webhook-subscription-disabled",
        "Webhook subscription disabled",
        "The webhook subscription "
            + id
            + " is disabled; enable it (PATCH with \"enabled\": true) first.",
        Map.of());
  }
}
