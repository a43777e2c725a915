package org.sdghub.projects.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.projects.Requests.MERGE_PATCH;
import static org.sdghub.projects.Requests.asCoordinator;
import static org.sdghub.projects.Requests.create;
import static org.sdghub.projects.Requests.project;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Requests;
import org.sdghub.projects.Rows;

/** PATCH is a JSON Merge Patch (RFC 7396) of the writable fields, then checked like a PUT. */
@QuarkusTest
class ProjectPatchTest {

  @Inject Rows rows;

  @Test
  void membersGivenReplaceAndObjectsMergeMemberByMember() {
    Map<String, Object> body = Projects.valid(Organisations.known());
    String id = create(body);

    patch(id, "{\"title\": {\"kk\": \"Су\"}, \"dates\": {\"plannedEnd\": \"2028-06-30\"}}")
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("title.en", equalTo(Projects.part(body, "title").get("en")))
        .body("title.kk", equalTo("Су"))
        .body("dates.plannedStart", equalTo("2024-01-01"))
        .body("dates.plannedEnd", equalTo("2028-06-30"))
        .body("sdgTargets", equalTo(List.of("6.4", "13.1")));
  }

  @Test
  void nullRemovesAnOptionalField() {
    String id = create(Projects.valid(Organisations.known()));

    patch(id, "{\"description\": null, \"budget\": null, \"title\": {\"ru\": null}}")
        .statusCode(200)
        .body("description", nullValue())
        .body("budget", nullValue())
        .body("title.ru", nullValue());
  }

  @Test
  void arraysReplaceWhole() {
    String id = create(Projects.valid(Organisations.known()));

    patch(id, "{\"sdgTargets\": [\"7.2\"]}")
        .statusCode(200)
        .body("sdgTargets", equalTo(List.of("7.2")))
        .body("sdgGoals", equalTo(List.of(7)));
  }

  @Test
  void removingARequiredFieldAnswers400AndChangesNothing() {
    String id = create(Projects.valid(Organisations.known()));
    String before = rows.stateOf(id).orElseThrow();

    patch(id, "{\"title\": {\"en\": null}}")
        .statusCode(400)
        .body("errors.field", hasItem("title.en"));
    patch(id, "{\"dates\": null}").statusCode(400).body("errors.field", hasItem("dates"));
    assertEquals(before, rows.stateOf(id).orElseThrow());
  }

  @Test
  void patchedResultBreakingARuleAnswers400NamingTheField() {
    String id = create(Projects.valid(Organisations.known()));

    patch(id, "{\"locations\": [{\"country\": \"KZ\", \"adminArea\": \"UZ-QR\"}]}")
        .statusCode(400)
        .body("errors.field", hasItem("locations[0].adminArea"));
    patch(id, "{\"colour\": \"blue\"}").statusCode(400).body("errors.field", hasItem("colour"));
    patch(id, "{\"status\": \"closed\"}").statusCode(400).body("errors.field", hasItem("status"));
    patch(id, "{not json").statusCode(400);
  }

  @Test
  void patchNeedsTheMergePatchMediaType() {
    String id = create(Projects.valid(Organisations.known()));

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body("{\"sectors\": []}")
        .patch(project(id))
        .then()
        .statusCode(415);
  }

  private static ValidatableResponse patch(String id, String mergePatch) {
    return asCoordinator()
        .header("If-Match", "\"0\"")
        .contentType(MERGE_PATCH)
        .body(Requests.mergePatch(mergePatch))
        .patch(project(id))
        .then();
  }
}
