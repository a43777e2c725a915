package org.sdghub.gateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.sdghub.platform.testing.Eventually;

/**
 * Organisations and projects made through the gateway, with the real partners-service and
 * projects-service behind it, for the who-what-where tests. Each call makes fresh ones, so tests
 * filter the 3W by their own organisations and never see each other's.
 */
public final class Region {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration KNOWN_WITHIN = Duration.ofSeconds(30);

  private Region() {}

  /** An organisation of the registry: its id and IATI identifier. */
  public record Agency(UUID id, String identifier) {

    @Override
    public String toString() {
      return id.toString();
    }
  }

  /** A new organisation of this IATI type and kind. */
  public static Agency organisation(String type, String kind) {
    String unique = token();
    String identifier = "XM-DAC-" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    String body =
        "{\"identifier\":\""
            + identifier
            + "\",\"name\":{\"en\":\"Region Test Agency "
            + unique
            + "\",\"ru\":\"Агентство "
            + unique
            + "\"},\"acronym\":\"RTA"
            + unique.substring(0, 4).toUpperCase()
            + "\",\"type\":\""
            + type
            + "\",\"kind\":\""
            + kind
            + "\",\"headquartersCountry\":\"KZ\"}";
    String id =
        given()
            .header("Authorization", ApiKeys.COORDINATOR)
            .contentType(ContentType.JSON)
            .body(body)
            .when()
            .post("/api/v1/organisations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return new Agency(UUID.fromString(id), identifier);
  }

  /** A UN entity. */
  public static Agency organisation() {
    return organisation("40", "un-entity");
  }

  /**
   * Creates the project, waiting until projects-service knows its organisations (it learns of them
   * from their events); the created project's response.
   */
  public static Response create(Map<String, Object> project) {
    String[] last = {"nothing"};
    try {
      return Eventually.awaitValue(
          KNOWN_WITHIN,
          "projects-service never accepted the project",
          () -> {
            Response response =
                given()
                    .header("Authorization", ApiKeys.COORDINATOR)
                    .contentType(ContentType.JSON)
                    .body(project)
                    .when()
                    .post("/api/v1/projects")
                    .andReturn();
            last[0] = response.statusCode() + " " + response.asString();
            return response.statusCode() == 201
                ? java.util.Optional.of(response)
                : java.util.Optional.empty();
          });
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; last answer: " + last[0], e);
    }
  }

  /** Changes the project with a JSON merge patch; the new response. */
  public static Response patch(String id, Map<String, Object> patch) {
    String etag =
        given()
            .header("Authorization", ApiKeys.COORDINATOR)
            .when()
            .get("/api/v1/projects/" + id)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    return given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .header("If-Match", etag)
        .contentType("application/merge-patch+json")
        .body(patch)
        .when()
        .patch("/api/v1/projects/" + id)
        .then()
        .statusCode(200)
        .extract()
        .response();
  }

  /** Moves the project to this status. */
  public static void moveTo(String id, String status) {
    String etag =
        given()
            .header("Authorization", ApiKeys.COORDINATOR)
            .when()
            .get("/api/v1/projects/" + id)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        // A closed project has an actual end.
        .body(
            status.equals("closed")
                ? Map.of("status", status, "actualEnd", "2025-06-30")
                : Map.of("status", status))
        .when()
        .post("/api/v1/projects/" + id + "/status")
        .then()
        .statusCode(200);
  }

  /**
   * A project in implementation in Kazakhstan (60 %, at Aralsk in KZ-43) and Uzbekistan (40 %, no
   * location), on SDG targets 6.4 and 13.1, accountable to {@code accountable}, with 2,500,000 USD.
   */
  public static Map<String, Object> project(Agency accountable) {
    String token = token();
    Map<String, Object> project = new LinkedHashMap<>();
    project.put("iatiIdentifier", accountable.identifier() + "-" + token.toUpperCase());
    project.put("reportingOrganisationId", accountable.toString());
    project.put("title", map("en", "Water efficiency " + token, "ru", "Водные ресурсы " + token));
    project.put("status", "implementation");
    project.put(
        "dates",
        map("plannedStart", "2024-01-01", "plannedEnd", "2027-12-31", "actualStart", "2024-03-01"));
    project.put("sdgTargets", new ArrayList<>(List.of("6.4", "13.1")));
    project.put("sectors", new ArrayList<>(List.of("14010")));
    project.put(
        "recipientCountries",
        new ArrayList<>(
            List.of(
                map("country", "KZ", "percentage", 60), map("country", "UZ", "percentage", 40))));
    project.put(
        "locations",
        new ArrayList<>(
            List.of(
                map(
                    "country",
                    "KZ",
                    "adminArea",
                    "KZ-43",
                    "name",
                    "Aralsk",
                    "point",
                    map("lat", 46.80, "lon", 61.67)))));
    project.put(
        "participatingOrganisations",
        new ArrayList<>(
            List.of(map("organisationId", accountable.toString(), "role", "accountable"))));
    project.put("budget", map("amount", "2500000.00", "currency", "USD"));
    return project;
  }

  /** A mutable map of alternating keys and values. */
  public static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** Ten random lower-case Latin letters. */
  public static String token() {
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      token.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return token.toString();
  }
}
