package org.sdghub.manifests;

import java.util.Map;

/**
 * Where a Quarkus service listens and answers its health and metrics, worked out from its
 * configuration as Quarkus does: the HTTP port, and the management interface's port and root when
 * {@code quarkus.management.enabled} is true, else the non-application root on the HTTP port.
 *
 * @param httpPort the port of the API
 * @param healthPort the port of health and metrics
 * @param liveness the liveness path
 * @param readiness the readiness path
 * @param metrics the Prometheus scrape path
 */
record Endpoints(int httpPort, int healthPort, String liveness, String readiness, String metrics) {

  static Endpoints of(ServiceConfig config, Map<String, String> environment) {
    int httpPort = Integer.parseInt(config.value("quarkus.http.port", "8080", environment));
    boolean management =
        Boolean.parseBoolean(config.value("quarkus.management.enabled", "false", environment));
    int healthPort =
        management
            ? Integer.parseInt(config.value("quarkus.management.port", "9000", environment))
            : httpPort;
    String root =
        management
            ? config.value("quarkus.management.root-path", "/q", environment)
            : under(
                config.value("quarkus.http.root-path", "/", environment),
                config.value("quarkus.http.non-application-root-path", "q", environment));
    String health =
        under(root, config.value("quarkus.smallrye-health.root-path", "health", environment));
    return new Endpoints(
        httpPort,
        healthPort,
        under(health, config.value("quarkus.smallrye-health.liveness-path", "live", environment)),
        under(health, config.value("quarkus.smallrye-health.readiness-path", "ready", environment)),
        under(
            root,
            config.value("quarkus.micrometer.export.prometheus.path", "metrics", environment)));
  }

  /** A path below a parent, as Quarkus resolves it: an absolute path stands on its own. */
  private static String under(String parent, String path) {
    if (path.startsWith("/")) {
      return path;
    }
    return (parent.endsWith("/") ? parent : parent + "/") + path;
  }
}
