package org.sdghub.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** deploy/compose runs the same images with the same configuration rules as Kubernetes. */
class ComposeTest {

  private static final Path COMPOSE = Repo.ROOT.resolve("deploy/compose");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?])?([^}]*)}");

  @ParameterizedTest
  @MethodSource("org.sdghub.manifests.Repo#services")
  void serviceRunsItsImageWithVariablesItReadsAndAHealthCheckOfItsPort(String service) {
    Map<String, Object> definition = services().get(service);
    assertNotNull(definition, "compose.yaml has no service " + service);
    assertEquals(
        "sdghub/" + service + ":${SDGHUB_VERSION:-" + Repo.version() + "}",
        definition.get("image"));
    Map<String, String> env = environment(definition);
    ServiceConfig config = Repo.config(service);
    List<String> unknown = new ArrayList<>();
    for (String name : env.keySet()) {
      if (!config.readsEnvironmentVariable(name) && !ServiceConfig.JVM_VARIABLES.contains(name)) {
        unknown.add(name);
      }
    }
    assertEquals(List.of(), unknown, service + ": variables it has no configuration key for");
    Endpoints endpoints = Endpoints.of(config, env);
    List<?> test = (List<?>) map(definition.get("healthcheck")).get("test");
    assertEquals(
        "http://localhost:" + endpoints.healthPort() + endpoints.readiness(),
        test.get(test.size() - 1),
        service + ": the health check asks the readiness endpoint");
  }

  @Test
  void postgresAndKafkaAreCheckedAndTheTopicsAreTheOnesTheServicesUse() {
    Map<String, Map<String, Object>> services = services();
    for (String server : List.of("postgres", "kafka")) {
      assertNotNull(map(services.get(server)).get("healthcheck"), server + " has a health check");
    }
    String command = String.valueOf(services.get("kafka-topics").get("command"));
    Matcher loop = Pattern.compile("for topic in ([^;]+);").matcher(command);
    assertTrue(loop.find(), "kafka-topics creates the topics in a loop");
    assertEquals(
        KafkaTest.usedTopics(), new TreeSet<>(List.of(loop.group(1).trim().split("\\s+"))));
  }

  @Test
  void everyVariableWithoutADefaultIsInTheExampleEnvironment() throws IOException {
    String compose = Files.readString(COMPOSE.resolve("compose.yaml"));
    Set<String> example = new TreeSet<>();
    for (String line : Files.readAllLines(COMPOSE.resolve(".env.example"))) {
      String trimmed = line.replaceFirst("^#", "").strip();
      if (trimmed.matches("[A-Z0-9_]+=.*")) {
        example.add(trimmed.substring(0, trimmed.indexOf('=')));
      }
    }
    Matcher variable = VARIABLE.matcher(compose);
    Set<String> missing = new TreeSet<>();
    while (variable.find()) {
      if (!example.contains(variable.group(1))) {
        missing.add(variable.group(1));
      }
    }
    assertEquals(Set.of(), missing, ".env.example lacks variables compose.yaml reads");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    try {
      Map<String, Object> compose =
          new Yaml(options).load(Files.readString(COMPOSE.resolve("compose.yaml")));
      return (Map<String, Map<String, Object>>) compose.get("services");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  private static Map<String, String> environment(Map<String, Object> service) {
    Map<String, String> env = new java.util.LinkedHashMap<>();
    map(service.get("environment")).forEach((name, value) -> env.put(name, String.valueOf(value)));
    return env;
  }
}
