package org.sdghub.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.SQLException;
import java.util.Map;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.embedded.PostgresServer;
import org.sdghub.platform.InternalToken;
import org.sdghub.platform.ServiceTopics;

/**
 * Points a service under test at a real PostgreSQL server and a real Kafka broker, shared by all
 * tests of the JVM (started once, on first use; or external ones, see {@code ServerSettings}).
 *
 * <p>Register it once per module with {@code @WithTestResource(value = RealServersResource.class,
 * scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "..."))}. It
 * creates the service's database and the SDG Hub topics before the application starts, and makes
 * the application trust the tokens {@link TestTokens} mints.
 */
public class RealServersResource implements QuarkusTestResourceLifecycleManager {

  /** Init argument: the service's database name. */
  public static final String DATABASE = "database";

  private String database = "sdghub";

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault(DATABASE, database);
  }

  @Override
  public Map<String, String> start() {
    EmbeddedServers servers = EmbeddedServers.shared();
    PostgresServer postgres = servers.postgres();
    try {
      postgres.createDatabaseIfMissing(database);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + database, e);
    }
    servers.kafka().createTopics(ServiceTopics.ALL, 3);
    return Map.of(
        "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
        "quarkus.datasource.username", postgres.username(),
        "quarkus.datasource.password", postgres.password(),
        "kafka.bootstrap.servers", servers.kafka().bootstrapServers(),
        // Tests sign the gateway's tokens with TestTokens; services verify them with its key.
        "mp.jwt.verify.publickey.location", TestTokens.PUBLIC_KEY_LOCATION,
        "mp.jwt.verify.issuer", InternalToken.ISSUER);
  }

  @Override
  public void stop() {
    // The servers outlive each application: they are stopped when the JVM exits.
  }
}
