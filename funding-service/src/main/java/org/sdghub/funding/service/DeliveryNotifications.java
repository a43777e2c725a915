package org.sdghub.funding.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Listens to the database's announcements of queued messages (the table's trigger NOTIFYs on
 * commit), so that a message queued by another instance goes out at once rather than at the next
 * poll; the poll remains the fallback when this connection is lost.
 */
@ApplicationScoped
public class DeliveryNotifications {

  private static final Logger LOG = Logger.getLogger(DeliveryNotifications.class);
  private static final String CHANNEL = "sdghub_webhooks";
  private static final int WAIT_MILLIS = 1000;

  private final AgroalDataSource dataSource;
  private final DispatchSignal signal;
  private volatile boolean running;
  private Thread thread;

  DeliveryNotifications(AgroalDataSource dataSource, DispatchSignal signal) {
    this.dataSource = dataSource;
    this.signal = signal;
  }

  synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    thread = new Thread(this::listen, "webhook-notifications");
    thread.setDaemon(true);
    thread.start();
  }

  /** Stops listening within a wait (an interrupt would break the pooled connection). */
  void stop() {
    Thread listening;
    synchronized (this) {
      running = false;
      listening = thread;
    }
    if (listening != null) {
      try {
        listening.join(2L * WAIT_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void listen() {
    while (running) {
      try (Connection connection = dataSource.getConnection()) {
        try (Statement listen = connection.createStatement()) {
          listen.execute("LISTEN " + CHANNEL);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running) {
          var received = pg.getNotifications(WAIT_MILLIS);
          if (received != null && received.length > 0) {
            signal.wake();
          }
        }
        try (Statement unlisten = connection.createStatement()) {
          unlisten.execute("UNLISTEN *");
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          LOG.debugf(e, "Webhook notifications lost their connection; listening again");
          pause();
        }
      }
    }
  }

  private void pause() {
    try {
      Thread.sleep(WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
