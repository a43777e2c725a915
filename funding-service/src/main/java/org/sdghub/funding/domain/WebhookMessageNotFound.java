package org.sdghub.funding.domain;

import java.util.UUID;
import org.sdghub.platform.NotFound;

/** Answers 404: the subscription has no message with this webhook-id. */
public class WebhookMessageNotFound extends NotFound {

  public WebhookMessageNotFound(UUID subscriptionId, String webhookId) {
    super(
        "webhook-message-not-found",
        "Webhook message not found",
        "The webhook subscription " + subscriptionId + " has no message " + webhookId + ".");
  }
}
