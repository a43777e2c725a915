package org.sdghub.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.platform.testing.RealServersResource;

@QuarkusTest
@WithTestResource(
    value = RealServersResource.class,
    scope = TestResourceScope.GLOBAL,
    initArgs = @ResourceArg(name = RealServersResource.DATABASE, value = "projects"))
class ReadinessTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void isReadyWithItsDatabaseAndTheBrokerReachable() {
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", is("UP"))
        .body("checks.find { it.name == 'Database connections health check' }.status", is("UP"))
        .body("checks.find { it.name == 'Kafka connection health check' }.status", is("UP"));
  }

  @Test
  void exposesPrometheusMetrics() {
    given()
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("jvm_memory_used_bytes"));
  }

  @Test
  void usesADatabaseOfItsOwnOnTheSharedServer() throws Exception {
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT current_database()")) {
      rs.next();
      assertEquals("projects", rs.getString(1));
    }
    assertEquals(1, EmbeddedServers.sharedStartCount(), "servers are started once per JVM");
  }
}
