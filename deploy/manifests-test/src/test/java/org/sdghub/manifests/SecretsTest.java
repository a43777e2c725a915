package org.sdghub.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No secret is committed, and every Secret the manifests read either comes from an operator
 * (CloudNativePG's {@code <cluster>-app}) or is one that deploy/README.md tells how to create, with
 * the keys read from it.
 */
class SecretsTest {

  /** The keys of the Secret CloudNativePG generates for a cluster's application owner. */
  private static final Set<String> CNPG_APP_KEYS =
      Set.of(
          "username",
          "password",
          "host",
          "port",
          "dbname",
          "uri",
          "jdbc-uri",
          "pgpass",
          "fqdn-uri",
          "fqdn-jdbc-uri");

  /** A Secret a resource reads: which one, which keys, and who reads it. */
  record Reference(String secret, List<String> keys, String reader) {}

  @ParameterizedTest
  @EnumSource(Overlay.class)
  void noSecretValueIsCommitted(Overlay overlay) {
    assertEquals(
        List.of(), Repo.render(overlay).ofKind("Secret").stream().map(Rendered::name).toList());
  }

  @ParameterizedTest
  @EnumSource(Overlay.class)
  void everySecretReadIsGeneratedByAnOperatorOrDocumented(Overlay overlay) throws IOException {
    Rendered rendered = Repo.render(overlay);
    String readme = Files.readString(Repo.ROOT.resolve("deploy/README.md"));
    List<String> problems = new ArrayList<>();
    for (Reference reference : references(rendered)) {
      String name = reference.secret();
      if (name.endsWith("-app")
          && rendered
              .find("Cluster", name.substring(0, name.length() - "-app".length()))
              .isPresent()) {
        reference.keys().stream()
            .filter(key -> !CNPG_APP_KEYS.contains(key))
            .forEach(key -> problems.add(reference + ": CloudNativePG generates no key " + key));
      } else if (!documented(readme, reference)) {
        problems.add(
            reference + ": deploy/README.md has no line naming `" + name + "` with its keys");
      }
    }
    assertEquals(List.of(), problems);
  }

  /** A line of the README that names the Secret and every key read from it, each in backticks. */
  private static boolean documented(String readme, Reference reference) {
    return readme
        .lines()
        .anyMatch(
            line ->
                line.contains("`" + reference.secret() + "`")
                    && reference.keys().stream().allMatch(key -> line.contains("`" + key + "`")));
  }

  static List<Reference> references(Rendered rendered) {
    List<Reference> references = new ArrayList<>();
    for (ObjectNode deployment : rendered.ofKind("Deployment")) {
      String reader = "Deployment " + Rendered.name(deployment);
      JsonNode pod = deployment.at("/spec/template/spec");
      for (JsonNode container : pod.path("containers")) {
        for (JsonNode variable : container.path("env")) {
          JsonNode ref = variable.at("/valueFrom/secretKeyRef");
          if (!ref.isMissingNode()) {
            references.add(
                new Reference(
                    ref.path("name").asText(), List.of(ref.path("key").asText()), reader));
          }
        }
      }
      for (JsonNode volume : pod.path("volumes")) {
        JsonNode secret = volume.path("secret");
        if (!secret.isMissingNode()) {
          List<String> keys = new ArrayList<>();
          secret.path("items").forEach(item -> keys.add(item.path("key").asText()));
          assertTrue(
              !keys.isEmpty(),
              reader + " mounts all of " + secret.path("secretName").asText() + ": name its items");
          references.add(new Reference(secret.path("secretName").asText(), keys, reader));
        }
      }
    }
    for (ObjectNode ingress : rendered.ofKind("Ingress")) {
      for (JsonNode tls : ingress.at("/spec/tls")) {
        references.add(
            new Reference(
                tls.path("secretName").asText(),
                List.of("tls.crt", "tls.key"),
                "Ingress " + Rendered.name(ingress)));
      }
    }
    return references;
  }
}
