package org.sdghub.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.sdghub.embedded.PostgresServer;

/**
 * A real, built SDG Hub service run as its own JVM, as the local stack runs it, so that it is
 * measured as it runs in production, against the same PostgreSQL and broker as the baselines.
 */
final class ServiceUnderTest implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

  private final String module;
  private final Process process;
  private final Path log;
  private final URI baseUrl;

  private ServiceUnderTest(String module, Process process, Path log, int port) {
    this.module = module;
    this.process = process;
    this.log = log;
    this.baseUrl = URI.create("http://127.0.0.1:" + port);
  }

  /**
   * Starts the built {@code module} on {@code database} and {@code bootstrapServers}; {@code extra}
   * adds configuration (environment variables that Quarkus reads).
   */
  static ServiceUnderTest start(
      Path repoRoot,
      String module,
      Path logDir,
      PostgresServer postgres,
      String database,
      String bootstrapServers,
      Map<String, String> extra)
      throws IOException {
    Path app = repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(app)) {
      throw new IOException(app + " is missing: ./mvnw package -DskipTests -pl " + module + " -am");
    }
    Files.createDirectories(logDir);
    Path log = logDir.resolve(module + ".log");
    int port = freePort();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m",
                "-Xmx512m"));
    // Extra JVM options for the measured service only, e.g. a flight recording while it is loaded.
    String extraOptions = System.getenv("SDGHUB_BENCH_SERVICE_JAVA_OPTS");
    if (extraOptions != null && !extraOptions.isBlank()) {
      command.addAll(List.of(extraOptions.trim().split("\\s+")));
    }
    command.addAll(List.of("-jar", app.toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    Map<String, String> env = builder.environment();
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
    env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
    env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
    env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
    env.put("QUARKUS_LOG_LEVEL", "WARN");
    env.putAll(extra);
    ServiceUnderTest service = new ServiceUnderTest(module, builder.start(), log, port);
    try {
      service.awaitReady();
    } catch (IOException | RuntimeException e) {
      service.close();
      throw e;
    }
    return service;
  }

  /** Where the service listens, e.g. {@code http://127.0.0.1:41234}. */
  URI baseUrl() {
    return baseUrl;
  }

  private void awaitReady() throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(baseUrl.resolve("/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(module + " exited at start; see " + log);
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for " + module, e);
      }
      waitQuietly(250);
    }
    throw new IOException(module + " not ready after " + READY_TIMEOUT + "; see " + log);
  }

  private void waitQuietly(long millis) {
    try {
      process.waitFor(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
