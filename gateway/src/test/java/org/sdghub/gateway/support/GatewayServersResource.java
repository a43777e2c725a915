package org.sdghub.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.embedded.PostgresServer;
import org.sdghub.platform.testing.TestTokens;

/**
 * What the gateway's tests put behind it: the real partners-service, projects-service and
 * funding-service (their built jars, as child JVMs over the shared PostgreSQL, each with its own
 * database, and Kafka, verifying tokens with the keys of the gateway's JWKS, as deployed), the
 * test's own {@link TestUpstream}, and a route to a service that is down ({@code
 * /api/v1/test-down}, a port nobody listens on). Started once per test JVM; the gateway is
 * configured with their addresses, and the tests find the services' direct addresses under {@code
 * sdghub.test.direct.<service>}.
 */
public class GatewayServersResource implements QuarkusTestResourceLifecycleManager {

  /** The coordinator key the gateway creates on first start in the tests. */
  public static final String BOOTSTRAP_KEY = "sdghub_test-bootstrap-coordinator-key-0000000001";

  /** The one origin other than its own that the gateway under test lets browsers call it from. */
  public static final String CORS_ORIGIN = "https://partner-tool.example";

  /** The organisation of {@link #BOOTSTRAP_KEY}. */
  public static final String BOOTSTRAP_ORGANISATION = "0b0a7a3e-0000-4000-8000-00000000c0de";

  /**
   * The gateway's signing key under test (the test key at first), a file a test may replace to
   * rotate it.
   */
  public static final Path SIGNING_KEY = Path.of("target", "test-keys", "signing-key.pem");

  /** The further key the gateway's JWKS publishes (the test key's public half at first). */
  public static final Path PUBLISHED_KEY = Path.of("target", "test-keys", "published-key.pem");

  /** How long the services keep the gateway's JWKS in the tests. */
  public static final Duration JWKS_MAX_AGE = Duration.ofSeconds(1);

  /** How often the gateway under test reads its key files again. */
  public static final Duration KEYS_RELOAD = Duration.ofMillis(200);

  private static final Duration STARTUP = Duration.ofSeconds(120);

  private final List<ServiceProcess> services = new java.util.ArrayList<>();
  private TestUpstream upstream;

  @Override
  public Map<String, String> start() {
    try {
      int gatewayManagement = ServiceProcess.freePort();
      writeTestKeys();
      Map<String, String> environment = serviceEnvironment(gatewayManagement);
      ServiceProcess partners = start("partners-service", "partners", environment);
      ServiceProcess projects = start("projects-service", "projects", environment);
      ServiceProcess funding = start("funding-service", "funding", fundingEnvironment(environment));
      upstream = TestUpstream.start();
      partners.awaitReady(STARTUP);
      projects.awaitReady(STARTUP);
      funding.awaitReady(STARTUP);
      Map<String, String> config =
          gatewayConfig(partners, projects, funding, ServiceProcess.freePort());
      config.put("quarkus.management.test-port", Integer.toString(gatewayManagement));
      return config;
    } catch (Exception e) {
      stop();
      throw new IllegalStateException("Could not start the services behind the gateway", e);
    }
  }

  private ServiceProcess start(String module, String database, Map<String, String> environment)
      throws IOException, SQLException {
    PostgresServer postgres = EmbeddedServers.shared().postgres();
    postgres.createDatabaseIfMissing(database);
    Map<String, String> own = new HashMap<>(environment);
    own.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
    ServiceProcess service = ServiceProcess.start(module, own);
    services.add(service);
    return service;
  }

  private static Map<String, String> serviceEnvironment(int gatewayManagement) {
    EmbeddedServers servers = EmbeddedServers.shared();
    return Map.of(
        "QUARKUS_DATASOURCE_USERNAME", servers.postgres().username(),
        "QUARKUS_DATASOURCE_PASSWORD", servers.postgres().password(),
        "KAFKA_BOOTSTRAP_SERVERS", servers.kafka().bootstrapServers(),
        "SDGHUB_JWT_PUBLIC_KEY_LOCATION", "http://127.0.0.1:" + gatewayManagement + "/q/jwks");
  }

  /** funding-service needs a key sealing webhook secrets: a fresh one per run, never committed. */
  private static Map<String, String> fundingEnvironment(Map<String, String> environment) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Map<String, String> funding = new HashMap<>(environment);
    funding.put("SDGHUB_WEBHOOKS_SECRET_KEY", Base64.getEncoder().encodeToString(key));
    return funding;
  }

  /** The test key pair as the gateway's key files: it signs, and its public half is published. */
  private static void writeTestKeys() throws IOException {
    Files.createDirectories(SIGNING_KEY.getParent());
    copy(TestTokens.PRIVATE_KEY_LOCATION, SIGNING_KEY);
    copy(TestTokens.PUBLIC_KEY_LOCATION, PUBLISHED_KEY);
  }

  private static void copy(String resource, Path file) throws IOException {
    try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private Map<String, String> gatewayConfig(
      ServiceProcess partners, ServiceProcess projects, ServiceProcess funding, int nobodyListens)
      throws IOException {
    Map<String, String> config = new HashMap<>();
    config.put("sdghub.gateway.services.partners.url", partners.url());
    config.put("sdghub.gateway.services.projects.url", projects.url());
    config.put("sdghub.gateway.services.funding.url", funding.url());
    config.put("sdghub.gateway.services.partners.management-url", partners.managementUrl());
    config.put("sdghub.gateway.services.projects.management-url", projects.managementUrl());
    config.put("sdghub.gateway.services.funding.management-url", funding.managementUrl());
    config.put("sdghub.gateway.token.signing-key-location", "file:" + SIGNING_KEY.toAbsolutePath());
    config.put(
        "sdghub.gateway.token.published-key-locations", "file:" + PUBLISHED_KEY.toAbsolutePath());
    config.put("sdghub.gateway.token.reload-every", KEYS_RELOAD.toMillis() + "ms");
    config.put("sdghub.gateway.token.jwks-max-age", JWKS_MAX_AGE.toSeconds() + "s");
    config.put("sdghub.gateway.services.test-down.url", "http://127.0.0.1:" + nobodyListens);
    config.put("sdghub.gateway.services.test-down.prefixes", "/api/v1/test-down");
    config.put("sdghub.gateway.services.test-echo.url", upstream.url());
    config.put("sdghub.gateway.services.test-echo.prefixes", "/api/v1/test-echo");
    config.put("sdghub.gateway.services.test-slow.url", upstream.url());
    config.put("sdghub.gateway.services.test-slow.prefixes", "/api/v1/test-slow");
    config.put("sdghub.gateway.services.test-slow.response-timeout", "1s");
    // The public URL is configuration, never the caller's Host: the gateway's port is chosen here
    // so that the URL the gateway gives out is the one the tests call.
    int port = ServiceProcess.freePort();
    config.put("quarkus.http.test-port", Integer.toString(port));
    config.put("sdghub.gateway.public-url", "http://localhost:" + port);
    config.put("quarkus.http.cors.origins", CORS_ORIGIN);
    config.put("sdghub.gateway.bootstrap-key", BOOTSTRAP_KEY);
    // Every test but the one of this limit calls from 127.0.0.1: leave them room for their 401s.
    config.put("sdghub.gateway.keys.failures-per-minute", "120");
    config.put("sdghub.gateway.bootstrap-organisation", BOOTSTRAP_ORGANISATION);
    config.put("sdghub.gateway.bootstrap-key-file", "target/test-bootstrap-api-key");
    config.put("sdghub.test.direct.partners", partners.url());
    config.put("sdghub.test.direct.projects", projects.url());
    config.put("sdghub.test.direct.funding", funding.url());
    config.put("sdghub.test.direct.test-echo", upstream.url());
    config.put("sdghub.test.management.partners", partners.managementUrl());
    config.put("sdghub.test.management.projects", projects.managementUrl());
    config.put("sdghub.test.management.funding", funding.managementUrl());
    return config;
  }

  @Override
  public void stop() {
    services.forEach(ServiceProcess::stop);
    services.clear();
    if (upstream != null) {
      upstream.stop();
      upstream = null;
    }
  }
}
