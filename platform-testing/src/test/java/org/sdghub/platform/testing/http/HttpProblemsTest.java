package org.sdghub.platform.testing.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.platform.testing.http.Requests.PROBLEM_JSON;
import static org.sdghub.platform.testing.http.Requests.WIDGETS;
import static org.sdghub.platform.testing.http.Requests.asPartner;
import static org.sdghub.platform.testing.http.Requests.newBatch;
import static org.sdghub.platform.testing.http.Requests.widget;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.TestTokens;

/** Every other failure answers a problem too, and a 500 gives nothing away. */
@QuarkusTest
class HttpProblemsTest {

  @TestHTTPResource(WIDGETS)
  URI widgets;

  private static final String TYPES = "https://sdghub.org/problems/";

  @Test
  void unknownIdAnswers404() {
    UUID id = UUID.randomUUID();
    asPartner()
        .get(WIDGETS + "/" + id)
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "not-found"))
        .body("status", equalTo(404))
        .body("detail", equalTo("No widget with id " + id + "."))
        .body("instance", equalTo(WIDGETS + "/" + id));
  }

  @Test
  void unknownRouteAnswers404() {
    asPartner()
        .get("/api/test/nothing-here")
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "not-found"))
        .body("instance", equalTo("/api/test/nothing-here"));
    given()
        .get("/nothing-here")
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "not-found"));
  }

  @Test
  void duplicateAnswers409NamingTheExistingRecord() {
    String batch = newBatch();
    String first = Requests.create(asPartner(), batch, "Water", 1);
    postWidget(asPartner(), widget(batch, "Water", 2))
        .statusCode(409)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "duplicate"))
        .body("status", equalTo(409))
        .body("existing", equalTo(first));
  }

  @Test
  void bodyOverTheLimitAnswers413() {
    String huge = "{\"batch\": \"" + "x".repeat(100 * 1024) + "\"}";
    postWidget(asPartner(), huge)
        .statusCode(413)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "payload-too-large"))
        .body("status", equalTo(413))
        .body("instance", equalTo(WIDGETS));
  }

  @Test
  void bodyOverTheLimitSentInChunksAnswers413Too() throws Exception {
    byte[] huge = ("{\"batch\": \"" + "x".repeat(100 * 1024) + "\"}").getBytes();
    HttpResponse<String> response = sendChunked(huge);
    assertEquals(413, response.statusCode());
    assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
    assertThat(response.body(), containsString(TYPES + "payload-too-large"));
  }

  @Test
  void bodyWithinTheLimitSentInChunksIsRead() throws Exception {
    byte[] body = widget(newBatch(), "Chunked", 1).getBytes();
    HttpResponse<String> response = sendChunked(body);
    assertEquals(201, response.statusCode(), response.body());
  }

  @Test
  void unsupportedContentTypeAnswers415() {
    asPartner()
        .contentType(ContentType.TEXT)
        .body("batch=b")
        .post(WIDGETS)
        .then()
        .statusCode(415)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "unsupported-media-type"))
        .body("status", equalTo(415));
  }

  @Test
  void unsupportedMethodAnswers405() {
    asPartner()
        .delete(WIDGETS)
        .then()
        .statusCode(405)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "method-not-allowed"))
        .body("status", equalTo(405));
  }

  @Test
  void unacceptableMediaTypeAnswers406() {
    asPartner()
        .accept(ContentType.XML)
        .get(WIDGETS + "/" + UUID.randomUUID())
        .then()
        .statusCode(406)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "not-acceptable"))
        .body("status", equalTo(406));
  }

  @Test
  void unexpectedErrorAnswers500WithACorrelationIdAndNothingElse() {
    String body =
        asPartner()
            .get("/api/test/problems/unexpected")
            .then()
            .statusCode(500)
            .contentType(PROBLEM_JSON)
            .body("type", equalTo(TYPES + "internal-error"))
            .body("status", equalTo(500))
            .body("correlationId", matchesPattern("[0-9a-f-]{36}"))
            .body("detail", containsString("correlation id"))
            .extract()
            .asString();
    assertThat(body, not(containsString("hunter2")));
    assertThat(body, not(containsString("Exception")));
    assertThat(body, not(containsString("org.sdghub")));
  }

  @Test
  void failureOutsideTheRestLayerAnswersTheSameSafe500() {
    String body =
        given()
            .get(FailingRoute.PATH)
            .then()
            .statusCode(500)
            .contentType(PROBLEM_JSON)
            .body("type", equalTo(TYPES + "internal-error"))
            .body("correlationId", matchesPattern("[0-9a-f-]{36}"))
            .extract()
            .asString();
    assertThat(body, not(containsString("hunter2")));
    assertThat(body, not(containsString("Exception")));
  }

  @Test
  void openApiDocumentDescribesProblems() {
    given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("components.schemas.Problem.properties.type", notNullValue())
        .body("components.schemas.FieldError.properties.field", notNullValue())
        .body(
            "paths.'/api/test/widgets'.post.responses.'422'.content.'application/problem+json'",
            notNullValue())
        .body("paths.'/api/test/widgets/{id}'.put.responses.'412'", notNullValue());
  }

  private HttpResponse<String> sendChunked(byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(widgets)
            .header("Authorization", TestTokens.forOrganisation(UUID.randomUUID(), Role.PARTNER))
            .header("Content-Type", "application/json")
            // A stream of unknown length is sent chunked, without Content-Length.
            .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return client.send(request, BodyHandlers.ofString());
  }

  private static ValidatableResponse postWidget(RequestSpecification caller, String body) {
    return caller.contentType(ContentType.JSON).body(body).post(WIDGETS).then();
  }
}
