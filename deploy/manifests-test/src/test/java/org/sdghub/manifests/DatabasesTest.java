package org.sdghub.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service reaches its own database in its own CloudNativePG cluster, with the credentials the
 * operator generates for that database's owner.
 */
class DatabasesTest {

  private static final Pattern JDBC =
      Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+)(\\?.*)?");

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("org.sdghub.manifests.Cases#overlaysAndServices")
  void serviceUsesItsClustersDatabaseWithTheOperatorsCredentials(Overlay overlay, String service) {
    Rendered rendered = Repo.render(overlay);
    Workload workload = Workload.of(rendered, service);
    String url =
        Repo.config(service)
            .value("quarkus.datasource.jdbc.url", workload.env())
            .orElseThrow(() -> new AssertionError(service + " has no JDBC URL"));
    Matcher jdbc = JDBC.matcher(url);
    assertTrue(jdbc.matches(), service + ": not a PostgreSQL JDBC URL: " + url);
    String host = jdbc.group(1);
    assertTrue(
        host.matches("[a-z0-9-]+-rw(\\.[a-z0-9-]+(\\.svc(\\.cluster\\.local)?)?)?"),
        service + " must write through a CloudNativePG cluster's -rw Service, not " + host);
    String clusterName = host.substring(0, host.indexOf("-rw"));
    ObjectNode cluster = rendered.get("Cluster", clusterName);
    assertEquals("postgresql.cnpg.io", Rendered.group(cluster));
    assertEquals("5432", jdbc.group(2) == null ? "5432" : jdbc.group(2), service + " port");
    assertEquals(
        cluster.at("/spec/bootstrap/initdb/database").asText(),
        jdbc.group(3),
        service + ": the database initdb creates in " + clusterName);
    Map<String, String> env = workload.env();
    String generated = clusterName + "-app";
    assertEquals("secret:" + generated + "/username", env.get("QUARKUS_DATASOURCE_USERNAME"));
    assertEquals("secret:" + generated + "/password", env.get("QUARKUS_DATASOURCE_PASSWORD"));
  }

  @ParameterizedTest
  @EnumSource(Overlay.class)
  void noTwoServicesShareADatabaseCluster(Overlay overlay) {
    Rendered rendered = Repo.render(overlay);
    Set<String> used = new HashSet<>();
    for (String service : Repo.services()) {
      String secret = Workload.of(rendered, service).env().get("QUARKUS_DATASOURCE_USERNAME");
      assertTrue(used.add(secret), service + " shares its database credentials: " + secret);
    }
  }

  @ParameterizedTest
  @EnumSource(Overlay.class)
  void everyClusterHasTheInstancesOfItsOverlay(Overlay overlay) {
    for (ObjectNode cluster : Repo.render(overlay).ofKind("Cluster")) {
      int expected = overlay == Overlay.PRODUCTION ? 3 : 1;
      assertEquals(
          expected, cluster.at("/spec/instances").asInt(), Rendered.name(cluster) + " instances");
      assertTrue(cluster.at("/spec/storage/size").isTextual(), Rendered.name(cluster) + " storage");
    }
  }

  @ParameterizedTest
  @EnumSource(Overlay.class)
  void everyClusterClassifiesLettersBeyondAsciiAsLetters(Overlay overlay) {
    // pg_trgm (partners-service's near matches) and Russian full-text search (projects-service)
    // see Cyrillic and Arabic-script letters only under a UTF-8 LC_CTYPE; CloudNativePG's default
    // is C.
    for (ObjectNode cluster : Repo.render(overlay).ofKind("Cluster")) {
      String ctype = cluster.at("/spec/bootstrap/initdb/localeCType").asText();
      assertTrue(
          ctype.toUpperCase(java.util.Locale.ROOT).replace("-", "").endsWith("UTF8"),
          Rendered.name(cluster) + " LC_CTYPE is " + ctype);
    }
  }
}
