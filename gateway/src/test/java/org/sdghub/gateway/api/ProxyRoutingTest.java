package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.gateway.support.ServiceMetrics;
import org.sdghub.platform.testing.Eventually;

@QuarkusTest
class ProxyRoutingTest {

  private static final String PROBLEM_JSON = "application/problem+json";

  @ConfigProperty(name = "sdghub.test.management.projects")
  String projectsService;

  @ConfigProperty(name = "sdghub.test.management.partners")
  String partnersService;

  @Test
  void organisationsAreServedByThePartnersService() {
    long before = ServiceMetrics.requestsServed(partnersService);
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .get("/api/v1/organisations?size=5")
        .then()
        .statusCode(200)
        .body("page", is(0))
        .body("size", is(5))
        .body("total", notNullValue());
    Eventually.await(
        Duration.ofSeconds(10),
        "partners-service never counted the request",
        () -> ServiceMetrics.requestsServed(partnersService) == before + 1);
  }

  @Test
  void projectsAndReferenceAreServedByTheProjectsService() {
    long before = ServiceMetrics.requestsServed(projectsService);
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .get("/api/v1/reference/sdg-goals")
        .then()
        .statusCode(200)
        .body("total", is(17));
    // An unknown project: projects-service's own 404 problem comes back through the gateway.
    String unknown = "/api/v1/projects/00000000-0000-4000-8000-000000000000";
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .get(unknown)
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("instance", is(unknown));
    Eventually.await(
        Duration.ofSeconds(10),
        "projects-service never counted both requests",
        () -> ServiceMetrics.requestsServed(projectsService) == before + 2);
  }

  @Test
  void aPrefixWhoseServiceIsNotRunningAnswers502Problem() {
    for (String path :
        new String[] {
          "/api/v1/test-down", "/api/v1/test-down/transactions", "/api/v1/test-down/x"
        }) {
      given()
          .header("Authorization", ApiKeys.COORDINATOR)
          .when()
          .get(path)
          .then()
          .statusCode(502)
          .contentType(PROBLEM_JSON)
          .body("type", is("https://sdghub.org/problems/bad-gateway"))
          .body("status", is(502))
          .body("instance", is(path))
          .header("X-Request-Id", notNullValue());
    }
  }

  @Test
  void aServiceSlowerThanItsTimeoutAnswers504Problem() {
    long started = System.nanoTime();
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .get("/api/v1/test-slow/anything")
        .then()
        .statusCode(504)
        .contentType(PROBLEM_JSON)
        .body("type", is("https://sdghub.org/problems/gateway-timeout"))
        .body("status", is(504));
    Duration waited = Duration.ofNanos(System.nanoTime() - started);
    // The test service takes five seconds; its route's timeout is one.
    assertTrue(waited.compareTo(Duration.ofSeconds(4)) < 0, "waited " + waited);
  }

  @Test
  void aPathNoServiceServesAnswers404ProblemFromTheGateway() {
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .when()
        .get("/api/v1/organisationsx")
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("instance", equalTo("/api/v1/organisationsx"));
  }

  @Test
  void dotSegmentsAreResolvedBeforeRoutingAndForwarding() throws Exception {
    // Sent raw (REST Assured would resolve them itself): this is partners' path, not echo's.
    HttpResponse<String> escaped = rawGet("/api/v1/test-echo/../organisations");
    assertEquals(200, escaped.statusCode());
    assertTrue(escaped.body().contains("\"items\""), escaped.body());
    HttpResponse<String> encoded = rawGet("/api/v1/test-echo/a/%2e%2e/b");
    assertEquals(200, encoded.statusCode());
    assertTrue(encoded.body().contains("\"uri\":\"/api/v1/test-echo/b\""), encoded.body());
  }

  private static HttpResponse<String> rawGet(String rawPath) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + rawPath))
            .header("Authorization", ApiKeys.COORDINATOR)
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
