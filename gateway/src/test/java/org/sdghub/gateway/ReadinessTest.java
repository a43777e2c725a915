package org.sdghub.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.client.ServiceCalls;
import org.sdghub.gateway.client.ServiceRoutes;
import org.sdghub.gateway.client.UpstreamReadiness;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.gateway.support.GatewayServersResource;
import org.sdghub.platform.testing.Management;
import org.sdghub.platform.testing.RealServersResource;
import org.sdghub.platform.testing.ServiceReadinessContract;

/**
 * Also where the module's shared test resources are registered (GLOBAL: every test of the module
 * runs against one gateway, one PostgreSQL, one Kafka broker and one set of services behind it).
 */
@QuarkusTest
@WithTestResource(
    value = RealServersResource.class,
    scope = TestResourceScope.GLOBAL,
    initArgs = @ResourceArg(name = RealServersResource.DATABASE, value = "gateway"))
@WithTestResource(value = GatewayServersResource.class, scope = TestResourceScope.GLOBAL)
class ReadinessTest extends ServiceReadinessContract {

  @Inject ServiceRoutes routes;
  @Inject ServiceCalls calls;

  @Override
  protected String database() {
    return "gateway";
  }

  @Test
  void readinessReportsEachServiceBehindTheGateway() {
    Management.given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'Upstream services' }.status", is("UP"))
        .body("checks.find { it.name == 'Upstream services' }.data.partners", is("UP"))
        .body("checks.find { it.name == 'Upstream services' }.data.projects", is("UP"))
        .body("checks.find { it.name == 'Upstream services' }.data.funding", is("UP"))
        .body("checks.find { it.name == 'Upstream services' }.data.'test-down'", is("DOWN"));
  }

  @Test
  void aRequiredServiceDownMakesTheGatewayNotReady() throws Exception {
    UpstreamReadiness requiringDown =
        new UpstreamReadiness(routes, calls, Duration.ofSeconds(2), Set.of("test-down"));
    HealthCheckResponse response = requiringDown.call().await().atMost(Duration.ofSeconds(10));
    assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    UpstreamReadiness requiringPartners =
        new UpstreamReadiness(routes, calls, Duration.ofSeconds(2), Set.of("partners"));
    assertEquals(
        HealthCheckResponse.Status.UP,
        requiringPartners.call().await().atMost(Duration.ofSeconds(10)).getStatus());
  }

  @Test
  void proxiedRequestsAreCountedAndTimedPerRoute() {
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .get("/api/v1/organisations")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .get("/api/v1/test-down/anything")
        .then()
        .statusCode(502);
    Management.given()
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(
            containsString(
                "sdghub_gateway_requests_seconds_count{method=\"GET\",route=\"partners\",status=\"2xx\"}"))
        .body(
            containsString(
                "sdghub_gateway_requests_seconds_count{method=\"GET\",route=\"test-down\",status=\"5xx\"}"))
        .body(
            containsString(
                "sdghub_gateway_requests_seconds_sum{method=\"GET\",route=\"partners\""));
  }
}
