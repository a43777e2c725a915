package org.sdghub.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render the checks run on refuses what it cannot render faithfully. */
class KustomizeRendererTest {

  @TempDir Path dir;

  @Test
  void aFieldTheRendererDoesNotKnowFailsTheRender() throws IOException {
    Files.writeString(dir.resolve("kustomization.yaml"), "resources: []\nnamePrefix: prod-\n");
    UnsupportedOperationException thrown =
        assertThrows(UnsupportedOperationException.class, () -> KustomizeRenderer.render(dir));
    assertTrue(thrown.getMessage().contains("namePrefix"), thrown.getMessage());
  }

  @Test
  void aPatchThatMatchesNothingFailsTheRender() throws IOException {
    Files.writeString(
        dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        """
        resources: [cm.yaml]
        patches:
          - target: {kind: ConfigMap, name: b}
            patch: |-
              - op: add
                path: /data
                value: {}
        """);
    assertThrows(IllegalArgumentException.class, () -> KustomizeRenderer.render(dir));
  }

  @Test
  void aStrategicMergePatchIsRefusedRatherThanMisapplied() throws IOException {
    Files.writeString(
        dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        """
        resources: [cm.yaml]
        patches:
          - target: {kind: ConfigMap}
            patch: |-
              data: {x: "1"}
        """);
    assertThrows(UnsupportedOperationException.class, () -> KustomizeRenderer.render(dir));
  }

  @Test
  void namespaceImagesAndMergedConfigMapsAreApplied() throws IOException {
    Files.writeString(
        dir.resolve("pod.yaml"),
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n"
            + "    - name: c\n      image: sdghub/x\n");
    Files.writeString(dir.resolve("a.env"), "# a comment\nA=1\n");
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        """
        namespace: ns
        resources: [pod.yaml]
        configMapGenerator:
          - name: cfg
            envs: [a.env]
          - name: cfg
            behavior: merge
            literals: [B=2]
        images:
          - name: sdghub/x
            newTag: "1.2"
        """);
    Rendered rendered = KustomizeRenderer.render(dir);
    assertEquals("ns", rendered.get("Pod", "p").at("/metadata/namespace").asText());
    assertEquals("sdghub/x:1.2", rendered.get("Pod", "p").at("/spec/containers/0/image").asText());
    assertEquals("1", rendered.get("ConfigMap", "cfg").at("/data/A").asText());
    assertEquals("2", rendered.get("ConfigMap", "cfg").at("/data/B").asText());
  }
}
