package org.sdghub.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each service's Deployment and Service match what the service's configuration says it is. */
class ServiceDeploymentsTest {

  @ParameterizedTest
  @EnumSource(Overlay.class)
  void everyServiceHasADeploymentAndNothingElseIsDeployedAsOne(Overlay overlay) {
    Set<String> deployed = new TreeSet<>();
    Repo.render(overlay).ofKind("Deployment").forEach(d -> deployed.add(Rendered.name(d)));
    assertEquals(new TreeSet<>(Repo.services()), deployed, overlay + ": Deployments");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("org.sdghub.manifests.Cases#overlaysAndServices")
  void containerAndServiceUseTheConfiguredHttpPort(Overlay overlay, String service) {
    Rendered rendered = Repo.render(overlay);
    Workload workload = Workload.of(rendered, service);
    int port = Endpoints.of(Repo.config(service), workload.env()).httpPort();
    List<Integer> containerPorts = new ArrayList<>();
    workload
        .container()
        .path("ports")
        .forEach(p -> containerPorts.add(p.path("containerPort").asInt()));
    assertTrue(
        containerPorts.contains(port),
        service
            + " listens on "
            + port
            + " (application.properties), the container declares "
            + containerPorts);
    JsonNode servicePort = rendered.get("Service", service).at("/spec/ports/0");
    assertEquals(port, servicePort.path("port").asInt(), "Service " + service + " port");
    assertEquals(
        port,
        workload.containerPort(servicePort.path("targetPort")),
        "Service " + service + " targetPort");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("org.sdghub.manifests.Cases#overlaysAndServices")
  void probesAskTheServicesHealthEndpoints(Overlay overlay, String service) {
    Workload workload = Workload.of(Repo.render(overlay), service);
    Endpoints endpoints = Endpoints.of(Repo.config(service), workload.env());
    JsonNode container = workload.container();
    assertProbe(workload, "livenessProbe", endpoints.liveness(), endpoints.healthPort());
    assertProbe(workload, "readinessProbe", endpoints.readiness(), endpoints.healthPort());
    if (container.has("startupProbe")) {
      assertProbe(workload, "startupProbe", endpoints.liveness(), endpoints.healthPort());
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("org.sdghub.manifests.Cases#overlaysAndServices")
  void prometheusIsToldWhereTheMetricsAre(Overlay overlay, String service) {
    Workload workload = Workload.of(Repo.render(overlay), service);
    Endpoints endpoints = Endpoints.of(Repo.config(service), workload.env());
    JsonNode annotations = workload.deployment().at("/spec/template/metadata/annotations");
    assertEquals(endpoints.metrics(), annotations.path("prometheus.io/path").asText(), service);
    assertEquals(
        Integer.toString(endpoints.healthPort()),
        annotations.path("prometheus.io/port").asText(),
        service);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("org.sdghub.manifests.Cases#overlaysAndServices")
  void everyEnvironmentVariableIsOneTheServiceReads(Overlay overlay, String service) {
    Workload workload = Workload.of(Repo.render(overlay), service);
    ServiceConfig config = Repo.config(service);
    List<String> unknown = new ArrayList<>();
    for (String name : workload.env().keySet()) {
      if (!config.readsEnvironmentVariable(name) && !ServiceConfig.JVM_VARIABLES.contains(name)) {
        unknown.add(name);
      }
    }
    assertEquals(
        List.of(),
        unknown,
        service
            + " has no configuration key for these variables (nor are they the JVM's): a typo,"
            + " or a key its application.properties lacks");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("org.sdghub.manifests.Cases#overlaysAndServices")
  void imageIsTheOneTheBuildMakesForTheService(Overlay overlay, String service) {
    Workload workload = Workload.of(Repo.render(overlay), service);
    assertEquals(
        "sdghub/" + service + ":" + Repo.version(), workload.container().path("image").asText());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("org.sdghub.manifests.Cases#overlaysAndServices")
  void containerRunsUnprivilegedWithAWritableTmpOnly(Overlay overlay, String service) {
    Workload workload = Workload.of(Repo.render(overlay), service);
    JsonNode pod = workload.podSpec();
    assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), service + " runAsNonRoot");
    assertFalse(pod.path("enableServiceLinks").asBoolean(true), service + " enableServiceLinks");
    JsonNode security = workload.container().path("securityContext");
    assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), service);
    assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), service);
    boolean tmpMounted = false;
    for (JsonNode mount : workload.container().path("volumeMounts")) {
      tmpMounted |= mount.path("mountPath").asText().equals("/tmp");
    }
    assertTrue(tmpMounted, service + ": the JVM and Vert.x write to /tmp, so it needs a volume");
  }

  private static void assertProbe(Workload workload, String probe, String path, int port) {
    JsonNode httpGet = workload.container().path(probe).path("httpGet");
    String where = workload.service() + " " + probe;
    assertFalse(httpGet.isMissingNode(), where + " is an HTTP GET");
    assertEquals(path, httpGet.path("path").asText(), where + " path");
    assertEquals(port, workload.containerPort(httpGet.path("port")), where + " port");
  }
}
