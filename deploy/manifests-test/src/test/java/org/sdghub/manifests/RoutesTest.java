package org.sdghub.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gateway reaches every service by its Kubernetes Service, and the world reaches the gateway.
 */
class RoutesTest {

  private static final Pattern ROUTE = Pattern.compile("sdghub\\.gateway\\.services\\.[^.]+\\.url");

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("org.sdghub.manifests.Cases#overlaysAndServices")
  void everyRouteOfTheGatewayNamesARenderedServiceAndItsPort(Overlay overlay, String service) {
    Rendered rendered = Repo.render(overlay);
    ServiceConfig config = Repo.config(service);
    Workload workload = Workload.of(rendered, service);
    for (String key : config.keysMatching(ROUTE)) {
      URI url = URI.create(config.value(key, workload.env()).orElseThrow());
      ObjectNode target =
          rendered
              .find("Service", url.getHost())
              .orElseThrow(
                  () -> new AssertionError(service + ": " + key + "=" + url + " is no Service"));
      boolean portServed = false;
      for (JsonNode port : target.at("/spec/ports")) {
        portServed |= port.path("port").asInt() == url.getPort();
      }
      assertTrue(portServed, service + ": " + key + "=" + url + ": the Service has no such port");
      String backend = target.at("/spec/selector/app.kubernetes.io~1name").asText();
      assertEquals(
          Endpoints.of(Repo.config(backend), Workload.of(rendered, backend).env()).httpPort(),
          url.getPort(),
          key + ": the port " + backend + " listens on");
    }
  }

  @Test
  void productionExposesTheGatewayAloneAtItsPublicUrl() {
    Rendered rendered = Repo.render(Overlay.PRODUCTION);
    List<ObjectNode> ingresses = rendered.ofKind("Ingress");
    assertEquals(1, ingresses.size(), "one Ingress, the gateway's");
    JsonNode rule = ingresses.get(0).at("/spec/rules/0");
    JsonNode backend = rule.at("/http/paths/0/backend/service");
    assertEquals("gateway", backend.path("name").asText());
    ObjectNode gateway = rendered.get("Service", "gateway");
    boolean portExists = false;
    for (JsonNode port : gateway.at("/spec/ports")) {
      portExists |=
          port.path("name").asText().equals(backend.at("/port/name").asText())
              || port.path("port").asInt() == backend.at("/port/number").asInt(-1);
    }
    assertTrue(portExists, "the Ingress names a port the gateway's Service has");
    String publicUrl =
        Repo.config("gateway")
            .value("sdghub.gateway.public-url", Workload.of(rendered, "gateway").env())
            .orElse("");
    assertFalse(publicUrl.isEmpty(), "production sets the gateway's public URL");
    assertEquals(URI.create(publicUrl).getHost(), rule.path("host").asText());
    assertEquals("https", URI.create(publicUrl).getScheme(), "the public URL is HTTPS");
    assertFalse(ingresses.get(0).at("/spec/tls").isEmpty(), "the Ingress terminates TLS");
  }
}
