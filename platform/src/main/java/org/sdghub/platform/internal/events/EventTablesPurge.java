package org.sdghub.platform.internal.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes what the event tables no longer need: outbox rows sent longer ago than the retention, and
 * inbox ids older than theirs. Deletes go in slices so that no statement holds locks for long; all
 * instances may run it, the deletes do not conflict.
 */
@ApplicationScoped
public class EventTablesPurge {

  private static final Logger LOG = Logger.getLogger(EventTablesPurge.class);
  private static final int SLICE = 5_000;
  private static final String OUTBOX =
      "DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE sent_at < ? LIMIT "
          + SLICE
          + ")";
  private static final String INBOX =
      "DELETE FROM inbox_event WHERE ctid IN"
          + " (SELECT ctid FROM inbox_event WHERE received_at < ? LIMIT "
          + SLICE
          + ")";

  private final AgroalDataSource dataSource;
  private final EventsConfig config;

  EventTablesPurge(AgroalDataSource dataSource, EventsConfig config) {
    this.dataSource = dataSource;
    this.config = config;
  }

  @Scheduled(
      identity = "sdghub-event-tables-purge",
      every = "${sdghub.events.purge-every:1h}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purgeOnSchedule() {
    try {
      purge(Instant.now());
    } catch (SQLException e) {
      LOG.warnf("Purging the event tables failed, next try at the next run: %s", e.getMessage());
    }
  }

  /** Purges as of {@code now}; returns how many outbox rows were deleted. */
  public int purge(Instant now) throws SQLException {
    int outbox = deleteAll(OUTBOX, now.minus(config.relay().retention()));
    int inbox = deleteAll(INBOX, now.minus(config.consumer().inboxRetention()));
    if (outbox + inbox > 0) {
      LOG.infof("Purged %d sent outbox rows and %d old inbox ids", outbox, inbox);
    }
    return outbox;
  }

  private int deleteAll(String sql, Instant before) throws SQLException {
    int total = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(sql)) {
      delete.setTimestamp(1, Timestamp.from(before));
      int deleted;
      do {
        deleted = delete.executeUpdate();
        total += deleted;
      } while (deleted == SLICE);
    }
    return total;
  }
}
