package org.sdghub.funding.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.sdghub.funding.config.WebhooksConfig;

/**
 * Runs this instance's webhook dispatcher and the listener that wakes it on other instances'
 * commits, from start to shutdown (when {@code sdghub.webhooks.dispatcher.enabled}); warns at start
 * about settings that are for tests and the local stack only.
 */
@ApplicationScoped
public class DispatcherLifecycle {

  private static final Logger LOG = Logger.getLogger(DispatcherLifecycle.class);
  private static final Duration GRACE = Duration.ofSeconds(20);

  private final WebhooksConfig config;
  private final DeliveryNotifications notifications;
  private final SecretVault vault;
  private final DeliveryDispatcher dispatcher;

  DispatcherLifecycle(
      WebhooksConfig config,
      DeliveryWork work,
      DispatchSignal signal,
      DeliveryNotifications notifications,
      SecretVault vault) {
    this.config = config;
    this.notifications = notifications;
    this.vault = vault;
    this.dispatcher = new DeliveryDispatcher(work, signal, config);
  }

  void onStart(@Observes StartupEvent event) {
    if (config.allowInsecureLoopback()) {
      LOG.warn(
          "sdghub.webhooks.allow-insecure-loopback is on: webhooks may go to loopback addresses"
              + " over plain http. For tests and the local stack only.");
    }
    if (!vault.sealing()) {
      LOG.warn(
          "sdghub.webhooks.secret-key is not set: webhook signing secrets are stored unsealed.");
    }
    if (config.dispatcher().enabled()) {
      notifications.start();
      dispatcher.start();
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    stop();
    notifications.stop();
  }

  /** Starts delivering again after {@link #stop} (as a restarted instance would). */
  public void start() {
    dispatcher.start();
  }

  /** Stops delivering, waiting for the attempts under way; the queue stays in the database. */
  public void stop() {
    dispatcher.stop(GRACE);
  }
}
