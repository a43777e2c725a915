package org.sdghub.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Kustomize itself, where the machine has it: {@code kustomize build} or {@code kubectl kustomize}
 * (which needs no cluster). Debian's kubernetes-client is too old for these kustomizations.
 */
final class KustomizeBinary {

  private final List<String> command;

  private KustomizeBinary(List<String> command) {
    this.command = command;
  }

  /** The first of kustomize and kubectl on the PATH. */
  static Optional<KustomizeBinary> find() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      if (Files.isExecutable(Path.of(dir, "kustomize"))) {
        return Optional.of(
            new KustomizeBinary(List.of(Path.of(dir, "kustomize").toString(), "build")));
      }
      if (Files.isExecutable(Path.of(dir, "kubectl"))) {
        return Optional.of(
            new KustomizeBinary(List.of(Path.of(dir, "kubectl").toString(), "kustomize")));
      }
    }
    return Optional.empty();
  }

  String describe() {
    return String.join(" ", command);
  }

  /** The YAML stream it renders for a kustomization directory. */
  String build(Path directory) {
    try {
      Path output = Files.createTempFile("kustomize", ".yaml");
      Path errors = Files.createTempFile("kustomize", ".err");
      try {
        Process process =
            new ProcessBuilder(
                    java.util.stream.Stream.concat(
                            command.stream(), java.util.stream.Stream.of(directory.toString()))
                        .toList())
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError(describe() + " " + directory + " took over 60 s");
        }
        if (process.exitValue() != 0) {
          throw new AssertionError(
              describe()
                  + " "
                  + directory
                  + " failed: "
                  + Files.readString(errors, StandardCharsets.UTF_8));
        }
        return Files.readString(output, StandardCharsets.UTF_8);
      } finally {
        Files.deleteIfExists(output);
        Files.deleteIfExists(errors);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
