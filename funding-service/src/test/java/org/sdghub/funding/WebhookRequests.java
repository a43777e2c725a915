package org.sdghub.funding;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.TestTokens;

/** Requests of authenticated callers to the webhook API, and the calls most tests start with. */
public final class WebhookRequests {

  public static final String SUBSCRIPTIONS = "/api/v1/webhooks/subscriptions";
  public static final String PROBLEM_JSON = "application/problem+json";

  private WebhookRequests() {}

  public static RequestSpecification as(UUID organisation, Role... roles) {
    return given()
        .header("Authorization", TestTokens.forOrganisation(organisation, roles))
        .contentType(ContentType.JSON);
  }

  public static RequestSpecification asDonor(UUID organisation) {
    return as(organisation, Role.DONOR);
  }

  public static String subscription(String id) {
    return SUBSCRIPTIONS + "/" + id;
  }

  /** A subscription body. */
  public static Map<String, Object> body(String url, List<String> types) {
    return Map.of("url", url, "eventTypes", types);
  }

  /** Subscribes the donor organisation; answers the whole 201 answer (its secret included). */
  public static ExtractableResponse<Response> subscribe(UUID donor, Map<String, Object> body) {
    return asDonor(donor).body(body).post(SUBSCRIPTIONS).then().statusCode(201).extract();
  }

  /** The subscription's current ETag, as its owner reads it. */
  public static String etagOf(UUID owner, String id) {
    return asDonor(owner).get(subscription(id)).then().statusCode(200).extract().header("ETag");
  }
}
