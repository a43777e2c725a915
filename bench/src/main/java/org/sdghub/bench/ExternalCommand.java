package org.sdghub.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external program (wrk, pgbench, a child JVM) to completion with its output kept in log
 * files, and stops it, by its own process handle, if it overruns or the bench is interrupted.
 */
final class ExternalCommand {

  private final Cleanup cleanup;
  private final Path logDir;

  ExternalCommand(Cleanup cleanup, Path logDir) {
    this.cleanup = cleanup;
    this.logDir = logDir;
  }

  /** What the program printed and how it ended. */
  record Outcome(int exitCode, String stdout, String stderr) {

    boolean succeeded() {
      return exitCode == 0;
    }
  }

  /**
   * Runs {@code command}, writing its output to {@code <logDir>/<name>.out} and {@code .err}, and
   * waits at most {@code timeout} for it.
   */
  Outcome run(String name, List<String> command, Map<String, String> env, Duration timeout)
      throws IOException, InterruptedException {
    Files.createDirectories(logDir);
    Path out = logDir.resolve(name + ".out");
    Path err = logDir.resolve(name + ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    try (Cleanup.Guard guard = cleanup.guard(() -> stop(process))) {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IOException(
            command.get(0) + " did not finish within " + timeout + "; its output is in " + out);
      }
    }
    return new Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static void stop(Process process) throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** The first executable called {@code name} on the PATH, if any. */
  static Optional<Path> onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
