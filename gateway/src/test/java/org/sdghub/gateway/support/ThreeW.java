package org.sdghub.gateway.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.sdghub.platform.testing.Eventually;

/** Asks the gateway's who-what-where endpoint, once or until the answer is as expected. */
public final class ThreeW {

  public static final String PATH = "/api/v1/who-what-where";

  /** How long a change at a service may take to show in the 3W in these tests. */
  public static final Duration SHOWS_UP_WITHIN = Duration.ofSeconds(20);

  private ThreeW() {}

  /** The JSON answer (200) to these parameters, as the bootstrap coordinator. */
  public static JsonPath answer(Map<String, String> params) {
    return given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .queryParams(params)
        .accept("application/json")
        .when()
        .get(PATH)
        .then()
        .statusCode(200)
        .header("X-Read-Model-As-Of", notNullValue())
        .extract()
        .jsonPath();
  }

  /** The first answer that meets the condition, within {@link #SHOWS_UP_WITHIN}. */
  public static JsonPath awaitAnswer(Map<String, String> params, Predicate<JsonPath> condition) {
    return Eventually.awaitValue(
        SHOWS_UP_WITHIN,
        "the 3W never answered as expected to " + params,
        () -> {
          JsonPath answer = answer(params);
          return condition.test(answer) ? Optional.of(answer) : Optional.empty();
        });
  }
}
