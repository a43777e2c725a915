package org.sdghub.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sdghub.gateway.config.GatewayConfig;

/** The routing table: which service serves which public path prefix, from configuration. */
@ApplicationScoped
public class ServiceRoutes {

  private final List<Upstream> upstreams;

  ServiceRoutes(GatewayConfig config) {
    List<Upstream> all = new ArrayList<>();
    Duration defaultTimeout = config.proxy().responseTimeout();
    config
        .services()
        .forEach(
            (name, service) ->
                all.add(
                    new Upstream(
                        name,
                        service.url(),
                        service.prefixes(),
                        service.responseTimeout().orElse(defaultTimeout),
                        service.managementUrl().orElse(service.url()))));
    all.sort(Comparator.comparing(Upstream::name));
    requireDistinctPrefixes(all);
    requireNoShadowing(all);
    this.upstreams = List.copyOf(all);
  }

  /** Every configured service, by name. */
  public List<Upstream> upstreams() {
    return upstreams;
  }

  /** The service serving this normalised path, if any. */
  public Optional<Upstream> forPath(String path) {
    return upstreams.stream().filter(u -> u.serves(path)).findFirst();
  }

  /**
   * The paths of the gateway's own resources: no service may be routed on them, above them (a
   * prefix such as {@code /api/v1} would take them all) or below them.
   */
  public static final List<String> OWN_PATHS =
      List.of(
          "/api/v1/api-keys", "/api/v1/coordination", "/api/v1/events", "/api/v1/who-what-where");

  /** Refuses, at start, a route that would shadow one of the gateway's own resources. */
  static void requireNoShadowing(List<Upstream> upstreams) {
    for (Upstream upstream : upstreams) {
      for (String prefix : upstream.prefixes()) {
        for (String own : OWN_PATHS) {
          if (prefix.equals(own) || own.startsWith(prefix + "/") || prefix.startsWith(own + "/")) {
            throw new IllegalStateException(
                "Prefix "
                    + prefix
                    + " of "
                    + upstream.name()
                    + " would shadow the gateway's own "
                    + own
                    + "; route the service elsewhere");
          }
        }
      }
    }
  }

  private static void requireDistinctPrefixes(List<Upstream> upstreams) {
    Map<String, String> owners = new HashMap<>();
    for (Upstream upstream : upstreams) {
      for (String prefix : upstream.prefixes()) {
        String other = owners.putIfAbsent(prefix, upstream.name());
        if (other != null) {
          throw new IllegalStateException(
              "Prefix " + prefix + " is routed to both " + other + " and " + upstream.name());
        }
      }
    }
  }
}
