package org.sdghub.manifests;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's configuration as its Quarkus application reads it in the prod profile: its
 * application.properties over the platform's defaults, with environment variables winning (an
 * environment variable names a key by Quarkus's rule: {@code QUARKUS_DATASOURCE_JDBC_URL} is {@code
 * quarkus.datasource.jdbc.url}) and {@code ${NAME:default}} expressions expanded.
 */
final class ServiceConfig {

  /** Variables that the JVM itself reads, whatever the application's configuration is. */
  static final Set<String> JVM_VARIABLES =
      Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "JAVA_OPTS", "JAVA_OPTS_APPEND");

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

  private final String service;
  private final Map<String, String> properties;

  private ServiceConfig(String service, Map<String, String> properties) {
    this.service = service;
    this.properties = properties;
  }

  /** The configuration of the service whose Maven module is {@code repoRoot/service}. */
  static ServiceConfig of(Path repoRoot, String service) {
    Map<String, String> properties = new HashMap<>();
    read(
        repoRoot.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"),
        properties);
    read(
        repoRoot.resolve(service).resolve("src/main/resources/application.properties"), properties);
    return new ServiceConfig(service, properties);
  }

  String service() {
    return service;
  }

  /** The environment variable that sets a key: non-alphanumerics become _, letters upper case. */
  static String environmentName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  /**
   * Whether setting this environment variable changes the service's configuration: it names one of
   * its keys, or a variable that one of its values reads in an expression.
   */
  boolean readsEnvironmentVariable(String name) {
    return keys().stream().anyMatch(key -> environmentName(key).equals(name))
        || expressionVariables().contains(name);
  }

  /** The value of a key as the service would see it with this environment. */
  Optional<String> value(String key, Map<String, String> environment) {
    String fromEnvironment = environment.get(environmentName(key));
    if (fromEnvironment != null) {
      return Optional.of(fromEnvironment);
    }
    String raw = properties.getOrDefault("%prod." + key, properties.get(key));
    return Optional.ofNullable(raw).map(value -> expand(value, environment));
  }

  /** The value of a key, or the default Quarkus has for it. */
  String value(String key, String defaultValue, Map<String, String> environment) {
    return value(key, environment).filter(v -> !v.isEmpty()).orElse(defaultValue);
  }

  private String expand(String value, Map<String, String> environment) {
    Matcher matcher = EXPRESSION.matcher(value);
    StringBuilder expanded = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String replacement =
          Optional.ofNullable(environment.get(name))
              .or(() -> value(name, environment))
              .or(() -> Optional.ofNullable(matcher.group(2)))
              .orElseThrow(
                  () -> new AssertionError(service + ": " + value + " has no value for " + name));
      matcher.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(expanded);
    return expanded.toString();
  }

  /** The keys of the configuration that match a pattern, such as the gateway's routes. */
  Set<String> keysMatching(Pattern pattern) {
    Set<String> matching = new HashSet<>();
    for (String key : keys()) {
      if (pattern.matcher(key).matches()) {
        matching.add(key);
      }
    }
    return matching;
  }

  private Set<String> keys() {
    Set<String> keys = new HashSet<>();
    for (String key : properties.keySet()) {
      if (!key.startsWith("%")) {
        keys.add(key);
      } else if (key.startsWith("%prod.")) {
        keys.add(key.substring("%prod.".length()));
      }
    }
    return keys;
  }

  private Set<String> expressionVariables() {
    Set<String> names = new HashSet<>();
    for (String value : properties.values()) {
      Matcher matcher = EXPRESSION.matcher(value);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }

  private static void read(Path file, Map<String, String> into) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    properties.forEach((key, value) -> into.put((String) key, (String) value));
  }
}
