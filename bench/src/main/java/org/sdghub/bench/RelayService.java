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
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real SDG Hub service (partners-service, built) run as its own JVM with its outbox relay on, so
 * the relay is measured exactly as it runs in production: inside the service, against the same
 * PostgreSQL and broker as the baselines.
 */
final class RelayService implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

  private final Process process;
  private final Path log;

  private RelayService(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts the service on {@code jdbcUrl}, publishing its outbox to {@code topic}. */
  static RelayService start(
      Path repoRoot,
      Path logDir,
      String jdbcUrl,
      String user,
      String password,
      String bootstrapServers,
      String topic)
      throws IOException {
    Path app = repoRoot.resolve("partners-service/target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(app)) {
      throw new IOException(
          app + " is missing: ./mvnw package -DskipTests -pl partners-service -am");
    }
    Files.createDirectories(logDir);
    Path log = logDir.resolve("relay-service.log");
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m",
                "-Xmx512m",
                "-jar",
                app.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    builder
        .environment()
        .putAll(
            Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", user,
                "QUARKUS_DATASOURCE_PASSWORD", password,
                "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers,
                "SDGHUB_EVENTS_TOPIC", topic,
                "QUARKUS_LOG_LEVEL", "WARN"));
    RelayService service = new RelayService(builder.start(), log);
    try {
      service.awaitReady(URI.create("http://127.0.0.1:" + port + "/q/health/ready"));
    } catch (IOException | RuntimeException e) {
      service.close();
      throw e;
    }
    return service;
  }

  private void awaitReady(URI ready) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("partners-service exited at start; see " + log);
      }
      try {
        HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build();
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for partners-service", e);
      }
      waitQuietly(250);
    }
    throw new IOException("partners-service not ready after " + READY_TIMEOUT + "; see " + log);
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
