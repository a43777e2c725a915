package org.sdghub.gateway.support;

import static io.restassured.RestAssured.given;

import java.util.Arrays;

/**
 * Reads how many application requests a service behind the gateway has served, from its own
 * Prometheus metrics: the proof that a request routed by the gateway reached that very service.
 */
public final class ServiceMetrics {

  private static final String SERVED = "http_server_requests_seconds_count";

  private ServiceMetrics() {}

  /**
   * The number of requests the service whose management interface is at this URL has answered (its
   * /q endpoints excluded).
   */
  public static long requestsServed(String managementUrl) {
    String metrics =
        given().baseUri(managementUrl).when().get("/q/metrics").then().extract().asString();
    return Arrays.stream(metrics.split("\n"))
        .filter(line -> line.startsWith(SERVED + "{"))
        .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }
}
