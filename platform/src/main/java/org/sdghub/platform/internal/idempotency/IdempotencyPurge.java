package org.sdghub.platform.internal.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/** Deletes expired idempotency keys now and then; any instance may run it, it is idempotent. */
@ApplicationScoped
public class IdempotencyPurge {

  private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

  private final IdempotencyStore store;

  IdempotencyPurge(IdempotencyStore store) {
    this.store = store;
  }

  /** Deletes the expired keys. */
  @Scheduled(
      identity = "sdghub-idempotency-purge",
      every = "${sdghub.idempotency.purge-every:1h}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purgeExpired() throws SQLException {
    LOG.debugf("Purged %d expired idempotency keys", store.purgeExpired());
  }
}
