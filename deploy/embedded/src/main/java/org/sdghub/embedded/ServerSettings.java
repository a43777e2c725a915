package org.sdghub.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where PostgreSQL and Kafka come from: started here (the default), or external servers named by
 * their addresses.
 *
 * @param dataDir keeps the embedded servers' data between runs; empty means a temporary directory
 *     removed on exit
 * @param postgresPort the embedded PostgreSQL's port, 0 for a free one
 * @param kafkaPort the embedded broker's port, 0 for a free one
 * @param postgresUrl JDBC URL of an external PostgreSQL server's maintenance database (for example
 *     {@code jdbc:postgresql://db:5432/postgres}); the services' databases are created on it
 * @param postgresUser user for the external PostgreSQL
 * @param postgresPassword password for the external PostgreSQL
 * @param kafkaBootstrap bootstrap servers of an external Kafka cluster
 */
public record ServerSettings(
    Optional<Path> dataDir,
    int postgresPort,
    int kafkaPort,
    Optional<String> postgresUrl,
    String postgresUser,
    String postgresPassword,
    Optional<String> kafkaBootstrap) {

  /** Environment variable naming an external PostgreSQL server (its JDBC URL). */
  public static final String POSTGRES_URL = "SDGHUB_POSTGRES_URL";

  /** Environment variable with the user for {@link #POSTGRES_URL}. */
  public static final String POSTGRES_USER = "SDGHUB_POSTGRES_USER";

  /** Environment variable with the password for {@link #POSTGRES_URL}. */
  public static final String POSTGRES_PASSWORD = "SDGHUB_POSTGRES_PASSWORD";

  /** Environment variable naming an external Kafka cluster (its bootstrap servers). */
  public static final String KAFKA_BOOTSTRAP = "SDGHUB_KAFKA_BOOTSTRAP";

  /** Embedded servers on free ports with temporary data, unless the environment names others. */
  public static ServerSettings fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static ServerSettings fromEnvironment(Map<String, String> env) {
    return new ServerSettings(
        Optional.empty(),
        0,
        0,
        nonBlank(env.get(POSTGRES_URL)),
        env.getOrDefault(POSTGRES_USER, "postgres"),
        env.getOrDefault(POSTGRES_PASSWORD, ""),
        nonBlank(env.get(KAFKA_BOOTSTRAP)));
  }

  /** The same settings with data kept in {@code dir}. */
  public ServerSettings withDataDir(Path dir) {
    return new ServerSettings(
        Optional.of(dir),
        postgresPort,
        kafkaPort,
        postgresUrl,
        postgresUser,
        postgresPassword,
        kafkaBootstrap);
  }

  /** The same settings with fixed ports for the embedded servers (0 picks a free one). */
  public ServerSettings withPorts(int postgres, int kafka) {
    return new ServerSettings(
        dataDir, postgres, kafka, postgresUrl, postgresUser, postgresPassword, kafkaBootstrap);
  }

  /** The same settings with an external PostgreSQL server. */
  public ServerSettings withExternalPostgres(String jdbcUrl, String user, String password) {
    return new ServerSettings(
        dataDir, postgresPort, kafkaPort, nonBlank(jdbcUrl), user, password, kafkaBootstrap);
  }

  /** The same settings with an external Kafka cluster. */
  public ServerSettings withExternalKafka(String bootstrap) {
    return new ServerSettings(
        dataDir,
        postgresPort,
        kafkaPort,
        postgresUrl,
        postgresUser,
        postgresPassword,
        nonBlank(bootstrap));
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
