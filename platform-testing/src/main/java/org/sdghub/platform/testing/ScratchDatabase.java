package org.sdghub.platform.testing;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;

/**
 * A database of its own on the test's PostgreSQL server, for testing migrations on rows as an
 * earlier version wrote them: migrate it to the version before, write the old rows, migrate it to
 * the latest, read them back. The service's own migrations ({@code db/platform}, then {@code
 * db/migration}) are the ones applied. Close it to drop it.
 */
public final class ScratchDatabase implements AutoCloseable {

  private final AgroalDataSource server;
  private final String name;
  private final String url;

  private ScratchDatabase(AgroalDataSource server, String name, String url) {
    this.server = server;
    this.name = name;
    this.url = url;
  }

  /** Creates an empty database beside the application's, reached with the same credentials. */
  public static ScratchDatabase create(AgroalDataSource applicationDataSource) throws SQLException {
    String name = "upgrade_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = applicationDataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    String current =
        ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    return new ScratchDatabase(
        applicationDataSource, name, current.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"));
  }

  /** Applies the service's migrations up to {@code version} (null: all of them). */
  public void migrateTo(String version) {
    var config =
        Flyway.configure()
            .dataSource(url, username(), password())
            .locations("classpath:db/platform", "classpath:db/migration");
    if (version != null) {
      config.target(version);
    }
    config.load().migrate();
  }

  /** Applies every migration of the service. */
  public void migrateToLatest() {
    migrateTo(null);
  }

  /** A new connection to this database. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, username(), password());
  }

  /** Drops the database, whoever is still connected. */
  @Override
  public void close() throws SQLException {
    try (Connection c = server.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private static String username() {
    return ConfigProvider.getConfig()
        .getOptionalValue("quarkus.datasource.username", String.class)
        .orElse("");
  }

  private static String password() {
    return ConfigProvider.getConfig()
        .getOptionalValue("quarkus.datasource.password", String.class)
        .orElse("");
  }
}
