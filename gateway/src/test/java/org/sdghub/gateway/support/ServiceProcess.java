package org.sdghub.gateway.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A real SDG Hub service started from its built jar as a child JVM, for the gateway's tests. */
final class ServiceProcess {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String module;
  private final int port;
  private final int managementPort;
  private final Process process;
  private final Path log;

  private ServiceProcess(String module, int port, int managementPort, Process process, Path log) {
    this.module = module;
    this.port = port;
    this.managementPort = managementPort;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code ../<module>/target/quarkus-app/quarkus-run.jar} on a free port, its management
   * interface on another.
   */
  static ServiceProcess start(String module, Map<String, String> environment) throws IOException {
    Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IOException(
          jar + " is missing: ./mvnw package -DskipTests -pl " + module + " -am first");
    }
    int port = freePort();
    int managementPort = freePort();
    Path work = Files.createDirectories(Path.of("target", "services", module)).toAbsolutePath();
    Path log = work.resolve("service.log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xms32m",
                    "-Xmx384m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "-Djava.io.tmpdir=" + work,
                    "-jar",
                    jar.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
    builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
    ServiceProcess started = new ServiceProcess(module, port, managementPort, builder.start(), log);
    // The test JVM may end without stopping its resources (a killed build): never leave orphans.
    Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
    return started;
  }

  /** The service's base URL. */
  String url() {
    return "http://127.0.0.1:" + port;
  }

  /** The base URL of its management interface (health, metrics). */
  String managementUrl() {
    return "http://127.0.0.1:" + managementPort;
  }

  /** Waits until the service reports ready, failing with its log's location otherwise. */
  void awaitReady(Duration timeout) throws IOException, InterruptedException {
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(module + " exited with " + process.exitValue() + "; see " + log);
      }
      try {
        if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // Poll again until the deadline.
      }
      process.waitFor(250, TimeUnit.MILLISECONDS);
    }
    throw new IOException(module + " not ready within " + timeout + "; see " + log);
  }

  /** Stops the service, gracefully first. */
  void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** A port nothing listens on at the moment of asking. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
