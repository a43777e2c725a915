package org.sdghub.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.sdghub.embedded.EmbeddedServers;

/**
 * What every service shows once it runs on the real servers: ready with its database, the broker
 * reported reachable by the platform's events check (which reports, and never takes readiness down
 * for, a broker that is away), live with its background workers, metrics exposed, a database of its
 * own, health and metrics on the management port and not on the public one. Extend it in a
 * {@code @QuarkusTest} of each service (naming the service's database), typically the class that
 * registers {@link RealServersResource}.
 */
public abstract class ServiceReadinessContract {

  @Inject AgroalDataSource dataSource;

  /** The service's own database. */
  protected abstract String database();

  @Test
  void isReadyWithItsDatabaseAndTheBrokerReachable() {
    Management.given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", is("UP"))
        .body("checks.find { it.name == 'Database connections health check' }.status", is("UP"))
        .body("checks.find { it.name == 'sdghub-events' }.status", is("UP"))
        .body("checks.find { it.name == 'sdghub-events' }.data.broker", is("reachable"))
        .body("checks.find { it.name == 'Kafka connection health check' }", nullValue());
  }

  @Test
  void isLiveWithItsBackgroundWorkers() {
    Management.given()
        .when()
        .get("/q/health/live")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'sdghub-workers' }.status", is("UP"));
  }

  @Test
  void exposesPrometheusMetrics() {
    Management.given()
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("jvm_memory_used_bytes"));
  }

  @Test
  void keepsHealthAndMetricsOffThePublicPort() {
    for (String path : new String[] {"/q/health", "/q/health/ready", "/q/metrics"}) {
      given().when().get(path).then().statusCode(404);
    }
    // The service's own OpenAPI document stays public: the gateway merges it.
    given().when().get("/q/openapi").then().statusCode(200);
  }

  @Test
  void usesADatabaseOfItsOwnOnTheSharedServer() throws Exception {
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT current_database()")) {
      rs.next();
      assertEquals(database(), rs.getString(1));
    }
    assertEquals(1, EmbeddedServers.sharedStartCount(), "servers are started once per JVM");
  }
}
