package org.sdghub.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every service scales horizontally (it is stateless): an autoscaler owns its replica count, a
 * disruption budget keeps it serving through drains, and its JVM is sized to its container.
 */
class ScalingAndResourcesTest {

  /** Room the JVM needs outside its heap: metaspace, code cache, threads, direct buffers. */
  private static final long NON_HEAP_MIB = 192;

  private static final long SMALLEST_HEAP_MIB = 128;
  private static final Pattern MAX_RAM = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)");

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("org.sdghub.manifests.Cases#overlaysAndServices")
  void anAutoscalerOwnsTheReplicaCount(Overlay overlay, String service) {
    Rendered rendered = Repo.render(overlay);
    ObjectNode deployment = rendered.get("Deployment", service);
    assertFalse(
        deployment.path("spec").has("replicas"),
        service + ": with an autoscaler, spec.replicas would be reset by every apply");
    ObjectNode hpa = autoscalerOf(rendered, service);
    assertEquals("autoscaling/v2", hpa.path("apiVersion").asText());
    int min = hpa.at("/spec/minReplicas").asInt(1);
    int max = hpa.at("/spec/maxReplicas").asInt();
    assertTrue(min >= (overlay == Overlay.PRODUCTION ? 2 : 1), service + " minReplicas " + min);
    assertTrue(max > min, service + ": maxReplicas " + max + " leaves nothing to scale");
    assertFalse(hpa.at("/spec/metrics").isEmpty(), service + ": the autoscaler has no metric");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("org.sdghub.manifests.Cases#overlaysAndServices")
  void aDisruptionBudgetCoversThePodsWithoutBlockingDrains(Overlay overlay, String service) {
    Rendered rendered = Repo.render(overlay);
    JsonNode podLabels = rendered.get("Deployment", service).at("/spec/template/metadata/labels");
    ObjectNode budget =
        rendered.ofKind("PodDisruptionBudget").stream()
            .filter(pdb -> selects(pdb.at("/spec/selector/matchLabels"), podLabels))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no PodDisruptionBudget selects " + service));
    assertEquals("policy/v1", budget.path("apiVersion").asText());
    JsonNode spec = budget.path("spec");
    if (spec.has("minAvailable")) {
      int min = autoscalerOf(rendered, service).at("/spec/minReplicas").asInt(1);
      assertTrue(
          spec.path("minAvailable").asInt() < min,
          service + ": minAvailable not below the fewest replicas blocks every node drain");
    } else {
      assertTrue(spec.path("maxUnavailable").asInt() >= 1, service + " maxUnavailable");
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("org.sdghub.manifests.Cases#overlaysAndServices")
  void theJvmHeapFitsTheContainerWithRoomOutsideIt(Overlay overlay, String service) {
    Workload workload = Workload.of(Repo.render(overlay), service);
    JsonNode resources = workload.container().path("resources");
    for (String bound : new String[] {"requests", "limits"}) {
      assertTrue(resources.path(bound).has("cpu"), service + " " + bound + ".cpu");
      assertTrue(resources.path(bound).has("memory"), service + " " + bound + ".memory");
    }
    long request = Quantities.bytes(resources.at("/requests/memory").asText());
    long limit = Quantities.bytes(resources.at("/limits/memory").asText());
    assertTrue(request <= limit, service + ": memory request above its limit");
    assertTrue(
        Quantities.millicores(resources.at("/requests/cpu").asText())
            <= Quantities.millicores(resources.at("/limits/cpu").asText()),
        service + ": cpu request above its limit");
    String flags = workload.env().getOrDefault("JAVA_TOOL_OPTIONS", "");
    Matcher percentage = MAX_RAM.matcher(flags);
    assertTrue(
        percentage.find(),
        service
            + ": JAVA_TOOL_OPTIONS sets no -XX:MaxRAMPercentage, so the heap ignores the limit");
    long heapMib =
        (long) (Quantities.mebibytes(limit) * Double.parseDouble(percentage.group(1)) / 100);
    assertTrue(heapMib >= SMALLEST_HEAP_MIB, service + ": a heap of " + heapMib + " MiB");
    assertTrue(
        Quantities.mebibytes(limit) - heapMib >= NON_HEAP_MIB,
        service
            + ": a "
            + heapMib
            + " MiB heap leaves under "
            + NON_HEAP_MIB
            + " MiB of the limit");
  }

  private static ObjectNode autoscalerOf(Rendered rendered, String service) {
    return rendered.ofKind("HorizontalPodAutoscaler").stream()
        .filter(hpa -> hpa.at("/spec/scaleTargetRef/kind").asText().equals("Deployment"))
        .filter(hpa -> hpa.at("/spec/scaleTargetRef/name").asText().equals(service))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no HorizontalPodAutoscaler scales " + service));
  }

  private static boolean selects(JsonNode selector, JsonNode labels) {
    if (selector.isEmpty()) {
      return false;
    }
    var fields = selector.fields();
    while (fields.hasNext()) {
      var label = fields.next();
      if (!label.getValue().asText().equals(labels.path(label.getKey()).asText(null))) {
        return false;
      }
    }
    return true;
  }
}
