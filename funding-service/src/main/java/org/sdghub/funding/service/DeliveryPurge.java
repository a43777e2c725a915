package org.sdghub.funding.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.sdghub.funding.config.WebhooksConfig;
import org.sdghub.funding.repository.DeliveryLog;

/** Deletes old delivered and given-up messages with their attempts, every hour. */
@ApplicationScoped
public class DeliveryPurge {

  private static final Logger LOG = Logger.getLogger(DeliveryPurge.class);

  private final DeliveryLog log;
  private final Duration retention;

  DeliveryPurge(DeliveryLog log, WebhooksConfig config) {
    this.log = log;
    this.retention = config.retention();
  }

  @Scheduled(every = "1h", delay = 5, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  void purge() {
    int deleted = log.purgeBefore(SubscriptionService.now().minus(retention));
    if (deleted > 0) {
      LOG.infof("Deleted %d webhook messages older than %s", deleted, retention);
    }
  }
}
