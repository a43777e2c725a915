package org.sdghub.platform.testing.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.sdghub.platform.testing.http.Requests.PROBLEM_JSON;
import static org.sdghub.platform.testing.http.Requests.asPartner;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * When the database cannot take a request (no pooled connection free in time, or the database
 * away), the caller is told to come back (503 with Retry-After), not that the server failed (500):
 * overload and outages are not bugs, and nothing was written.
 */
@QuarkusTest
class DatabaseBusyTest {

  @Test
  void noConnectionFreeInTimeAnswers503WithRetryAfter() {
    for (String path : new String[] {"no-connection", "database-away"}) {
      asPartner()
          .get("/api/test/problems/" + path)
          .then()
          .statusCode(503)
          .contentType(PROBLEM_JSON)
          .header("Retry-After", equalTo("1"))
          .body("type", equalTo("https://sdghub.org/problems/service-unavailable"))
          .body("status", equalTo(503))
          .body("detail", not(containsString("127.0.0.1")))
          .body("correlationId", notNullValue());
    }
  }

  @Test
  void anyOtherFailureIsStillA500() {
    asPartner().get("/api/test/problems/unexpected").then().statusCode(500);
  }
}
