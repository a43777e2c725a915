package org.sdghub.platform.testing;

import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RealServersResourceTest {

  @Test
  void theApplicationRunsOnTheRealServers() {
    Management.given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'Database connections health check' }.status", is("UP"));
  }
}
