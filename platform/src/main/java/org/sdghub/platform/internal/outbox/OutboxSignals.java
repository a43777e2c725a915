package org.sdghub.platform.internal.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Wakes the relay soon after a transaction that wrote outbox rows commits: the table's trigger
 * NOTIFYs a channel that this connection LISTENs to. PostgreSQL delivers notifications only on
 * commit, so a wake-up always finds the rows visible.
 */
final class OutboxSignals implements AutoCloseable {

  static final String CHANNEL = "sdghub_outbox";

  private final DataSource dataSource;
  private Connection connection;

  OutboxSignals(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Waits until a commit wrote outbox rows, or {@code timeout} passes; notifications that arrived
   * meanwhile return at once, so none is missed between two waits.
   */
  void await(Duration timeout) throws SQLException {
    // What arrived does not matter, only that something did or that the time is up.
    listening().getNotifications((int) Math.max(1, timeout.toMillis()));
  }

  private PGConnection listening() throws SQLException {
    if (connection == null) {
      Connection opened = dataSource.getConnection();
      try (Statement listen = opened.createStatement()) {
        listen.execute("LISTEN " + CHANNEL);
      } catch (SQLException e) {
        opened.close();
        throw e;
      }
      connection = opened;
    }
    return connection.unwrap(PGConnection.class);
  }

  /** Drops the connection (after a failure); the next wait opens a new one. */
  @Override
  public void close() {
    if (connection == null) {
      return;
    }
    try (Connection closing = connection;
        Statement unlisten = closing.createStatement()) {
      // A pooled connection goes back to the pool: it must not keep receiving our notifications.
      unlisten.execute("UNLISTEN *");
    } catch (SQLException e) {
      // The connection is broken anyway; closing it is all that is left to do.
    } finally {
      connection = null;
    }
  }
}
