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
import java.util.HashMap;
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
  private static final Duration READY_POLL = Duration.ofMillis(250);
  static final String READY_PATH = "/q/health/ready";
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private final String module;
  private final Process process;
  private final Path log;
  private final URI baseUrl;
  private final URI managementUrl;
  private final long launchedNanos;

  private ServiceUnderTest(
      String module, Process process, Path log, int port, int managementPort, long launchedNanos) {
    this.module = module;
    this.process = process;
    this.log = log;
    this.baseUrl = URI.create("http://127.0.0.1:" + port);
    this.managementUrl = URI.create("http://127.0.0.1:" + managementPort);
    this.launchedNanos = launchedNanos;
  }

  /**
   * Starts the built {@code module} on {@code database} and {@code bootstrapServers} and waits
   * until it is ready; {@code extra} adds configuration (environment variables that Quarkus reads).
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
    ServiceUnderTest service =
        launch(repoRoot, module, logDir, environment(postgres, database, bootstrapServers, extra));
    try {
      service.awaitOk(
          HttpRequest.newBuilder(service.managementUrl.resolve(READY_PATH)), READY_POLL);
    } catch (IOException | RuntimeException e) {
      service.close();
      throw e;
    }
    return service;
  }

  /** What a service's production configuration needs of this run: its database and the broker. */
  static Map<String, String> environment(
      PostgresServer postgres,
      String database,
      String bootstrapServers,
      Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
    env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
    env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
    env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
    env.putAll(extra);
    return env;
  }

  /**
   * Starts the built Quarkus application of {@code module} (a folder of the repository) on a free
   * port with {@code environment}, without waiting for it: {@link #awaitOk} measures from here.
   */
  static ServiceUnderTest launch(
      Path repoRoot, String module, Path logDir, Map<String, String> environment)
      throws IOException {
    Path app = repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(app)) {
      throw new IOException(app + " is missing: ./mvnw package -DskipTests -pl " + module + " -am");
    }
    String name = Path.of(module).getFileName().toString();
    Files.createDirectories(logDir);
    Path log = logDir.resolve(name + ".log");
    // Each service's temporary files in a folder of its own, as the local stack gives them.
    Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")).resolve(name));
    int port = freePort();
    int managementPort = freePort();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m",
                "-Xmx512m",
                "-Djava.io.tmpdir=" + tmp));
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
    env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
    env.put("QUARKUS_LOG_LEVEL", "WARN");
    env.putAll(environment);
    long launched = System.nanoTime();
    return new ServiceUnderTest(name, builder.start(), log, port, managementPort, launched);
  }

  /** Where the service listens, e.g. {@code http://127.0.0.1:41234}. */
  URI baseUrl() {
    return baseUrl;
  }

  /** Where its management interface (health, metrics) listens. */
  URI managementUrl() {
    return managementUrl;
  }

  /** The operating system's id of the service's JVM. */
  long pid() {
    return process.pid();
  }

  /**
   * Sends {@code request} every {@code pollEvery} until it is answered {@code 200}, and returns the
   * time from the process's start to that answer; fails if the process exits first or the answer
   * takes longer than two minutes.
   */
  Duration awaitOk(HttpRequest.Builder request, Duration pollEvery) throws IOException {
    HttpRequest attempt = request.timeout(Duration.ofSeconds(5)).build();
    long deadline = launchedNanos + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(module + " exited at start; see " + log);
      }
      try {
        if (HTTP.send(attempt, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return Duration.ofNanos(System.nanoTime() - launchedNanos);
        }
      } catch (IOException notYet) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for " + module, e);
      }
      waitQuietly(pollEvery.toMillis());
    }
    throw new IOException(
        module
            + ": "
            + attempt.uri().getPath()
            + " not 200 after "
            + READY_TIMEOUT
            + "; see "
            + log);
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
