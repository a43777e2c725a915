package org.sdghub.platform.testing.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.sdghub.platform.testing.http.Requests.PROBLEM_JSON;
import static org.sdghub.platform.testing.http.Requests.WIDGETS;
import static org.sdghub.platform.testing.http.Requests.asPartner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Bad input answers 400 problems that name the fields at fault. */
@QuarkusTest
class InputProblemsTest {

  private static final String TYPES = "https://sdghub.org/problems/";

  @Test
  void invalidBodyAnswers400ListingEveryFieldAtFault() {
    String body =
        """
        {"batch": "b", "name": {"en": " ", "ru": "имя"},
         "locations": [{"country": "kz"}], "rank": -1}
        """;
    postWidget(asPartner(), body)
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "invalid-input"))
        .body("title", equalTo("The request is not valid"))
        .body("status", equalTo(400))
        .body("detail", equalTo("3 fields are not valid."))
        .body("instance", equalTo(WIDGETS))
        .body("errors.field", hasItems("name.en", "locations[0].country", "rank"))
        .body(
            "errors.find { it.field == 'locations[0].country' }.message",
            equalTo("must be two capital letters"));
  }

  @Test
  void malformedJsonAnswers400SayingWhere() {
    postWidget(asPartner(), "{\"batch\": \"b\",\n \"name\": }")
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "malformed-json"))
        .body("status", equalTo(400))
        .body("detail", containsString("line 2"))
        .body("instance", equalTo(WIDGETS));
  }

  @Test
  void unknownFieldAnswers400NamingIt() {
    String body =
        """
        {"batch": "b", "name": {"en": "a", "ru": "а", "fr": "un"}, "rank": 1}
        """;
    postWidget(asPartner(), body)
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "invalid-input"))
        .body("errors[0].field", equalTo("name.fr"))
        .body("errors[0].message", equalTo("is not a known field"));
  }

  @Test
  void valueOfTheWrongTypeAnswers400NamingTheField() {
    String body =
        """
        {"batch": "b", "name": {"en": "a", "ru": "а"}, "rank": "high"}
        """;
    postWidget(asPartner(), body)
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors[0].field", equalTo("rank"));
  }

  @Test
  void ruleThatNeedsDataAnswersTheSame400NamingTheField() {
    String body =
        """
        {"batch": "b", "name": {"en": "a", "ru": "а"},
         "locations": [{"country": "KZ"}, {"country": "FR"}], "rank": 1}
        """;
    postWidget(asPartner(), body)
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "invalid-input"))
        .body("errors[0].field", equalTo("locations[1].country"))
        .body("errors[0].message", equalTo("is not a country SDG Hub covers"));
  }

  @Test
  void missingBodyAnswers400() {
    for (String body : new String[] {"", "null"}) {
      postWidget(asPartner(), body)
          .statusCode(400)
          .contentType(PROBLEM_JSON)
          .body("type", equalTo(TYPES + "invalid-input"))
          .body("errors[0].field", equalTo("body"))
          .body("errors[0].message", equalTo("is required"));
    }
  }

  private static ValidatableResponse postWidget(RequestSpecification caller, String body) {
    return caller.contentType(ContentType.JSON).body(body).post(WIDGETS).then();
  }
}
