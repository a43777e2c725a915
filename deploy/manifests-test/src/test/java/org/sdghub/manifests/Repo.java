package org.sdghub.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The checkout under test: its services, their configuration and the rendered manifests. */
final class Repo {

  static final Path ROOT =
      Path.of(System.getProperty("sdghub.repo.root", "../..")).toAbsolutePath().normalize();

  private static final Map<Overlay, Rendered> RENDERS = new EnumMap<>(Overlay.class);

  private Repo() {}

  /**
   * The Quarkus services: the modules at the root whose application.properties names the module as
   * {@code quarkus.application.name}. A new service is found here without editing the test.
   */
  static List<String> services() {
    try (Stream<Path> children = Files.list(ROOT)) {
      return children
          .filter(dir -> isService(dir))
          .map(dir -> dir.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ServiceConfig config(String service) {
    return ServiceConfig.of(ROOT, service);
  }

  /** The version the build gives the project and so the images' tag. */
  static String version() {
    String version = System.getProperty("sdghub.version");
    if (version == null) {
      throw new IllegalStateException("run through Maven: sdghub.version is not set");
    }
    return version;
  }

  static synchronized Rendered render(Overlay overlay) {
    return RENDERS.computeIfAbsent(overlay, o -> KustomizeRenderer.render(o.directory()));
  }

  private static boolean isService(Path dir) {
    Path properties = dir.resolve("src/main/resources/application.properties");
    if (!Files.isRegularFile(properties)) {
      return false;
    }
    try {
      return Files.readAllLines(properties).stream()
          .anyMatch(line -> line.strip().equals("quarkus.application.name=" + dir.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
