package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import org.sdghub.funding.config.WebhooksConfig;
import org.sdghub.funding.domain.WebhookTarget;
import org.sdghub.platform.InvalidInput;

/**
 * The SSRF rules with this service's configuration and the system's name resolution: used when a
 * subscription is made or changed, and again before each delivery attempt.
 */
@ApplicationScoped
public class WebhookTargets {

  private final boolean allowInsecureLoopback;

  WebhookTargets(WebhooksConfig config) {
    this.allowInsecureLoopback = config.allowInsecureLoopback();
  }

  /** The checked target of a URL; throws {@link WebhookTarget.Refused} saying why not. */
  public WebhookTarget resolve(String url) {
    return WebhookTarget.check(url, allowInsecureLoopback, InetAddress::getAllByName);
  }

  /** Checks a URL a subscriber gave; a refusal is a 400 naming {@code field}. */
  public void requireAllowed(String field, String url) {
    try {
      resolve(url);
    } catch (WebhookTarget.Refused refused) {
      throw new InvalidInput(field, refused.getMessage());
    }
  }
}
