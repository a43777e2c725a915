package org.sdghub.localstack;

import java.io.IOException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One service running as its own JVM, with its output in a log file. */
final class ServiceProcess {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final ServiceSpec spec;
  private final Process process;
  private final Path logFile;

  private ServiceProcess(ServiceSpec spec, Process process, Path logFile) {
    this.spec = spec;
    this.process = process;
    this.logFile = logFile;
  }

  /**
   * Starts the service's built application ({@code <module>/target/quarkus-app}) with the given
   * environment, which Quarkus reads as configuration.
   */
  static ServiceProcess start(
      ServiceSpec spec, Path repoRoot, Path runDir, Map<String, String> environment)
      throws IOException {
    Path app = repoRoot.resolve(spec.name()).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(app)) {
      throw new IOException(app + " is missing: build first (./mvnw package -DskipTests)");
    }
    Path tmp = Files.createDirectories(runDir.resolve("tmp").resolve(spec.name()));
    Path logFile = Files.createDirectories(runDir.resolve("logs")).resolve(spec.name() + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaOptions());
    command.add("-Djava.io.tmpdir=" + tmp);
    command.addAll(List.of("-jar", app.toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
            .redirectInput(ProcessBuilder.Redirect.PIPE);
    builder.environment().putAll(environment);
    Process process = builder.start();
    // Lets the next start stop this process should the launcher die without cleaning up.
    Files.writeString(runDir.resolve(spec.name() + ".pid"), Long.toString(process.pid()));
    return new ServiceProcess(spec, process, logFile);
  }

  private static List<String> javaOptions() {
    String custom = System.getenv("SDGHUB_SERVICE_JAVA_OPTS");
    if (custom != null && !custom.isBlank()) {
      return List.of(custom.trim().split("\\s+"));
    }
    return List.of("-Xms64m", "-Xmx512m");
  }

  ServiceSpec spec() {
    return spec;
  }

  Path logFile() {
    return logFile;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + spec.port();
  }

  /** Where its management interface (health, metrics) answers. */
  String managementUrl() {
    return "http://127.0.0.1:" + spec.managementPort();
  }

  CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Waits until the service reports ready; fails if it exits or the time runs out first. */
  void awaitReady(Duration timeout) throws IOException, InterruptedException {
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            spec.name() + " exited with code " + process.exitValue() + "; see " + logFile);
      }
      try {
        if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // Keep polling until the deadline.
      }
      process.waitFor(500, TimeUnit.MILLISECONDS);
    }
    throw new IOException(spec.name() + " not ready after " + timeout + "; see " + logFile);
  }

  /**
   * Kills the service without letting it shut down ({@link Process#destroyForcibly()}: SIGKILL on
   * Linux) and returns its exit code, 137 for a SIGKILL.
   */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException(spec.name() + " still runs 30 s after SIGKILL");
    }
    return process.exitValue();
  }

  /** Asks the service to shut down gracefully, then insists. */
  void stop() {
    if (!process.isAlive()) {
      return;
    }
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
}
