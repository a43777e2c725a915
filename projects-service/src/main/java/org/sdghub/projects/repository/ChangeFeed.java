package org.sdghub.projects.repository;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears which projects and organisations changed, from whichever instance, as the database's
 * triggers announce them at commit ({@code V3__read_cache_signals.sql}): one thread holding one
 * connection that LISTENs. Whenever it starts listening (first, or again after losing its
 * connection) it tells the receiver to resynchronise, since announcements made while it was not
 * listening are lost; it retries with back-off, for as long as the database is away, until stopped.
 */
public final class ChangeFeed {

  /** The {@code application_name} of the listening connection, to find it among the backends. */
  public static final String APPLICATION_NAME = "projects-service change feed";

  static final String PROJECTS = "sdghub_projects_changed";
  static final String ORGANISATIONS = "sdghub_organisations_changed";

  private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
  private static final int POLL_MILLIS = 500;

  /** What the feed tells; called on the feed's thread, one call at a time. */
  public interface Receiver {

    /** Listening (again): anything may have changed meanwhile, nothing will go unannounced now. */
    void listening();

    /** The connection is lost: announcements may be missed until {@link #listening} again. */
    void deaf();

    void projectChanged(UUID id);

    void organisationChanged(UUID id);
  }

  /** How the feed connects and retries. */
  public record Settings(Duration retryInitial, Duration retryMax, Duration heartbeat) {}

  private final DataSource dataSource;
  private final Receiver receiver;
  private final Settings settings;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private final Thread thread;
  private Connection connection;

  public ChangeFeed(DataSource dataSource, Receiver receiver, Settings settings) {
    this.dataSource = dataSource;
    this.receiver = receiver;
    this.settings = settings;
    this.thread = new Thread(this::run, "projects-change-feed");
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** Stops listening and waits (a poll at most) for the thread to release its connection. */
  public void stop() {
    stopping.countDown();
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      LOG.warn("The change feed did not stop within 10s; interrupting it");
      thread.interrupt();
    }
  }

  private boolean stopped() {
    return stopping.getCount() == 0;
  }

  private void run() {
    long pause = settings.retryInitial().toMillis();
    int failures = 0;
    while (!stopped()) {
      try {
        listen();
        receiver.listening();
        if (failures > 0) {
          LOG.infof("Change feed listening again after %d failed attempt(s)", failures);
        }
        failures = 0;
        pause = settings.retryInitial().toMillis();
        receive();
      } catch (SQLException | RuntimeException e) {
        receiver.deaf();
        close();
        if (stopped()) {
          break;
        }
        failures++;
        if (failures == 1) {
          LOG.warnf("Change feed lost its connection, reads go to the database: %s", e.toString());
        } else {
          LOG.debugf("Change feed still cannot connect: %s", e.toString());
        }
        if (!pause(withJitter(pause))) {
          break;
        }
        pause = Math.min(settings.retryMax().toMillis(), pause * 2);
      }
    }
    receiver.deaf();
    close();
  }

  private void listen() throws SQLException {
    connection = dataSource.getConnection();
    try (Statement s = connection.createStatement()) {
      s.execute("SET application_name = '" + APPLICATION_NAME + "'");
      s.execute("LISTEN " + PROJECTS);
      s.execute("LISTEN " + ORGANISATIONS);
    }
  }

  private void receive() throws SQLException {
    PGConnection pg = connection.unwrap(PGConnection.class);
    long quietSince = System.nanoTime();
    while (!stopped()) {
      PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
      if (notifications != null && notifications.length > 0) {
        quietSince = System.nanoTime();
        for (PGNotification n : notifications) {
          dispatch(n);
        }
      } else if (System.nanoTime() - quietSince > settings.heartbeat().toNanos()) {
        // Through the pool's wrapper, so that a dead connection is also known to the pool.
        try (Statement s = connection.createStatement()) {
          s.execute("SELECT 1");
        }
        quietSince = System.nanoTime();
      }
    }
  }

  private void dispatch(PGNotification notification) {
    UUID id;
    try {
      id = UUID.fromString(notification.getParameter());
    } catch (IllegalArgumentException e) {
      LOG.warnf(
          "Ignored a notification on %s without an id: %s",
          notification.getName(), notification.getParameter());
      return;
    }
    if (PROJECTS.equals(notification.getName())) {
      receiver.projectChanged(id);
    } else if (ORGANISATIONS.equals(notification.getName())) {
      receiver.organisationChanged(id);
    }
  }

  private boolean pause(long millis) {
    try {
      return !stopping.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static long withJitter(long millis) {
    return millis - millis / 10 + ThreadLocalRandom.current().nextLong(millis / 5 + 1);
  }

  private void close() {
    if (connection == null) {
      return;
    }
    try (Connection closing = connection;
        Statement s = closing.createStatement()) {
      // A pooled connection goes back to the pool: it must neither hear our channels nor keep our
      // name.
      s.execute("UNLISTEN *");
      s.execute("RESET application_name");
    } catch (SQLException e) {
      // The connection is broken anyway (and the pool, having seen the failure, discards it).
    } finally {
      connection = null;
    }
  }
}
