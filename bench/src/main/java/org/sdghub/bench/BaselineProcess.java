package org.sdghub.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The {@link BaselineServer} in a JVM of its own, as every target runs: in the bench's JVM it would
 * share the heap, the garbage collector and the JIT with the open-loop generator and look worse
 * than it is. The child stops when this JVM's end of its standard input closes, so it never
 * outlives the bench.
 */
final class BaselineProcess implements AutoCloseable {

  /** The line the child prints once it answers; its URL follows. */
  static final String READY_PREFIX = "SDGHUB-BASELINE-READY ";

  // The heap the local stack gives each service, so both sides run in the same kind of JVM.
  private static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx512m");

  private final Process process;
  private final OutputStream lifeline;
  private final URI url;

  private BaselineProcess(Process process, URI url) {
    this.process = process;
    this.lifeline = process.getOutputStream();
    this.url = url;
  }

  /**
   * Starts the child on a free port, with its log in {@code logDir}, and waits until it answers.
   */
  static BaselineProcess start(Path logDir) throws IOException {
    Files.createDirectories(logDir);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    copyProperty(command, "java.io.tmpdir");
    copyProperty(command, "java.util.logging.manager");
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add(BaselineServer.class.getName());
    Process process =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.to(logDir.resolve("baseline.err").toFile()))
            .start();
    try {
      return new BaselineProcess(process, awaitReady(process));
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  URI url() {
    return url;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    lifeline.close();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Override
  public String toString() {
    return "baseline server process " + process.pid();
  }

  private static void copyProperty(List<String> command, String name) {
    String value = System.getProperty(name);
    if (value != null) {
      command.add("-D" + name + "=" + value);
    }
  }

  // Reads the child's output on a thread that keeps draining it, so the child never blocks on a
  // full pipe.
  private static URI awaitReady(Process process) throws IOException {
    CompletableFuture<URI> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                  if (line.startsWith(READY_PREFIX)) {
                    ready.complete(URI.create(line.substring(READY_PREFIX.length()).trim()));
                  }
                }
              } catch (IOException e) {
                ready.completeExceptionally(e);
              }
              ready.completeExceptionally(new IOException("The baseline server exited at start"));
            },
            "baseline-stdout");
    reader.setDaemon(true);
    reader.start();
    try {
      return ready.get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IOException(e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IOException("The baseline server did not start within 60 s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while starting the baseline server", e);
    }
  }
}
