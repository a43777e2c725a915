package org.sdghub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.sdghub.gateway.config.WhoWhatWhereConfig;
import org.sdghub.gateway.domain.ChangeFeedEntry;
import org.sdghub.gateway.domain.ChangeFeedFilter;
import org.sdghub.gateway.repository.ChangeFeedRepository;

/**
 * Reads the change feed, the gateway's stored log of the public events of all services, within its
 * retention window ({@code sdghub.who-what-where.feed-retention}), and purges what is older.
 */
@ApplicationScoped
public class ChangeFeedService {

  /** Entries handed to a stream at a time. */
  public static final int BATCH = 200;

  private final ChangeFeedRepository feed;
  private final WhoWhatWhereConfig config;

  ChangeFeedService(ChangeFeedRepository feed, WhoWhatWhereConfig config) {
    this.feed = feed;
    this.config = config;
  }

  /** The next entries after position {@code after} that match, oldest first. */
  public List<ChangeFeedEntry> after(long after, ChangeFeedFilter filter) {
    return feed.after(after, filter, Instant.now().minus(config.feedRetention()), BATCH);
  }

  /**
   * The position of the newest entry (0 when empty): a stream without Last-Event-ID starts here.
   */
  public long head() {
    return feed.head();
  }

  /** Deletes entries older than the retention window. */
  @io.quarkus.scheduler.Scheduled(every = "1h", delayed = "1m")
  void purge() {
    feed.purgeBefore(Instant.now().minus(config.feedRetention()));
  }
}
