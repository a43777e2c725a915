package org.sdghub.projects;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.TestTokens;

/** Requests of authenticated callers, and the calls most tests start with. */
public final class Requests {

  public static final String PROJECTS = "/api/v1/projects";
  public static final String PROBLEM_JSON = "application/problem+json";
  public static final String PROBLEMS = "https://sdghub.org/problems/";
  public static final String MERGE_PATCH = "application/merge-patch+json";

  private Requests() {}

  /** A request of a caller of this organisation with these roles. */
  public static RequestSpecification as(UUID organisation, Role... roles) {
    return given()
        .header("Authorization", TestTokens.forOrganisation(organisation, roles))
        .contentType(ContentType.JSON);
  }

  /** A request of a coordinator of the centre. */
  public static RequestSpecification asCoordinator() {
    return as(UUID.randomUUID(), Role.COORDINATOR);
  }

  /** A request of a viewer of some organisation. */
  public static RequestSpecification asViewer() {
    return as(UUID.randomUUID(), Role.VIEWER);
  }

  /** Creates the project as a coordinator; answers its id. */
  public static String create(Map<String, Object> project) {
    return asCoordinator().body(project).post(PROJECTS).then().statusCode(201).extract().path("id");
  }

  /**
   * A JSON Merge Patch body as UTF-8 bytes (JSON's only encoding): given as a string with a media
   * type REST Assured does not know, it would be sent in ISO-8859-1.
   */
  public static byte[] mergePatch(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** The project's URL. */
  public static String project(String id) {
    return PROJECTS + "/" + id;
  }

  /** The project's current ETag. */
  public static String etagOf(String id) {
    return asViewer().get(project(id)).then().statusCode(200).extract().header("ETag");
  }
}
