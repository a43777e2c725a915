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
                        service.responseTimeout().orElse(defaultTimeout))));
    all.sort(Comparator.comparing(Upstream::name));
    requireDistinctPrefixes(all);
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
