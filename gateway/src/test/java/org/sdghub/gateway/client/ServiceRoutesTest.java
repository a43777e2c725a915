package org.sdghub.gateway.client;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.api.ApiKeyResource;

/** No route may take a path the gateway answers itself. */
class ServiceRoutesTest {

  @Test
  void aPrefixOnAboveOrBelowTheGatewaysOwnResourcesIsRefusedAtStart() {
    for (String prefix :
        List.of(
            "/api/v1",
            "/api/v1/api-keys",
            "/api/v1/api-keys/mine",
            "/api/v1/who-what-where/status",
            "/api/v1/events",
            "/api/v1/coordination")) {
      IllegalStateException refused =
          assertThrows(
              IllegalStateException.class,
              () -> ServiceRoutes.requireNoShadowing(List.of(upstream(prefix))),
              prefix);
      assertTrue(refused.getMessage().contains("would shadow the gateway's own"), prefix);
    }
  }

  @Test
  void prefixesBesideTheGatewaysOwnResourcesAreFine() {
    assertDoesNotThrow(
        () ->
            ServiceRoutes.requireNoShadowing(
                List.of(
                    upstream("/api/v1/projects"),
                    upstream("/api/v1/api-keysx"),
                    upstream("/api/v2"),
                    upstream("/api/v1/eventsources"))));
  }

  @Test
  void theListOfOwnPathsNamesEveryResourceOfTheGateway() throws Exception {
    // The folder of the gateway's own API classes (the tests have a package of the same name).
    URL one = ApiKeyResource.class.getResource("ApiKeyResource.class");
    java.nio.file.Path folder = java.nio.file.Path.of(one.toURI()).getParent();
    try (Stream<java.nio.file.Path> files = Files.list(folder)) {
      List<String> paths =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith(".class") && !n.contains("$"))
              .map(n -> load("org.sdghub.gateway.api." + n.substring(0, n.length() - 6)))
              .filter(c -> c.isAnnotationPresent(Path.class))
              .map(c -> c.getAnnotation(Path.class).value())
              .toList();
      assertTrue(paths.size() >= 4, "found " + paths);
      for (String path : paths) {
        assertTrue(
            ServiceRoutes.OWN_PATHS.stream()
                .anyMatch(own -> path.equals(own) || path.startsWith(own + "/")),
            path + " is served by the gateway but not in ServiceRoutes.OWN_PATHS");
      }
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ServiceRoutesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Upstream upstream(String prefix) {
    return new Upstream(
        "test", URI.create("http://127.0.0.1:1"), List.of(prefix), Duration.ofSeconds(1));
  }
}
