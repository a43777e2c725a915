package org.sdghub.projects.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.projects.Requests.PROBLEMS;
import static org.sdghub.projects.Requests.PROBLEM_JSON;
import static org.sdghub.projects.Requests.PROJECTS;
import static org.sdghub.projects.Requests.as;
import static org.sdghub.projects.Requests.asCoordinator;
import static org.sdghub.projects.Requests.asViewer;
import static org.sdghub.projects.Requests.create;
import static org.sdghub.projects.Requests.project;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.Role;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Rows;

/** Creating, reading and replacing a project, as the README describes it. */
@QuarkusTest
@SuppressWarnings("unchecked")
class ProjectApiTest {

  @Inject Rows rows;

  @Test
  void createdProjectAnswers201WithLocationETagAndTheFullProject() {
    Organisations.Known undp = Organisations.known();
    Map<String, Object> body = Projects.valid(undp);

    var created = asCoordinator().body(body).post(PROJECTS);
    String id =
        created
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("iatiIdentifier", equalTo(body.get("iatiIdentifier")))
            .body("status", equalTo("pipeline"))
            .body("sdgGoals", equalTo(List.of(6, 13)))
            .body("budget.amount", equalTo("2500000.00"))
            .body(
                "participatingOrganisations[0].name.en",
                equalTo("Water Agency " + undp.identifier().substring("XM-DAC-".length())))
            .body("participatingOrganisations[0].archived", equalTo(false))
            .body("results", equalTo(List.of()))
            .body("version", equalTo(0))
            .extract()
            .path("id");
    assertEquals(true, created.header("Location").endsWith(project(id)));
    assertEquals(1, rows.projectsWithIdentifier((String) body.get("iatiIdentifier")));
    assertEquals(1, rows.historyRowsOf(id));
  }

  @Test
  void readAnswersTheStoredProjectWithItsETag() {
    Map<String, Object> body = Projects.valid(Organisations.known());
    String id = create(body);

    asViewer()
        .get(project(id))
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("id", equalTo(id))
        .body("title.ru", equalTo(Projects.part(body, "title").get("ru")))
        .body("dates.plannedStart", equalTo("2024-01-01"))
        .body("dates.actualEnd", nullValue())
        .body("recipientCountries[0].percentage", equalTo(60))
        .body("locations[0].point.lat", equalTo(46.8f))
        .body("locations[0].adminArea", equalTo("KZ-43"));
  }

  @Test
  void archivedOrganisationStaysReferencedFlaggedAndKeptOnReplace() {
    Organisations.Known funder = Organisations.known();
    Map<String, Object> body = Projects.valid(Organisations.known());
    ((List<Object>) body.get("participatingOrganisations"))
        .add(Projects.map("organisationId", funder.id().toString(), "role", "funding"));
    String id = create(body);

    Organisations.archive(funder);

    asViewer()
        .get(project(id))
        .then()
        .statusCode(200)
        .body("participatingOrganisations[1].archived", equalTo(true));
    Projects.part(body, "title").put("en", "Still funded by an archived donor");
    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(200)
        .body("participatingOrganisations[1].archived", equalTo(true));
  }

  @Test
  void unknownProjectAnswers404() {
    asViewer()
        .get(project(UUID.randomUUID().toString()))
        .then()
        .statusCode(404)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(PROBLEMS + "project-not-found"));
  }

  @Test
  void changingAnUnknownProjectAnswers404() {
    String unknown = project(UUID.randomUUID().toString());
    Map<String, Object> body = Projects.valid(Organisations.known());

    asCoordinator().header("If-Match", "\"0\"").body(body).put(unknown).then().statusCode(404);
    asCoordinator().header("If-Match", "\"0\"").delete(unknown).then().statusCode(404);
    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(Map.of("status", "implementation"))
        .post(unknown + "/status")
        .then()
        .statusCode(404);
  }

  @Test
  void replacingAProjectGivesItANewVersion() {
    Map<String, Object> body = Projects.valid(Organisations.known());
    String id = create(body);
    Projects.part(body, "title").put("kk", "Су ресурстары");
    body.put("sdgTargets", List.of("6.a"));

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("title.kk", equalTo("Су ресурстары"))
        .body("sdgGoals", equalTo(List.of(6)))
        .body("version", equalTo(1));
    assertEquals(1L, rows.versionOf(id).orElseThrow());
  }

  @Test
  void replacingWithWhatWasReadChangesNothing() {
    String id = create(Projects.valid(Organisations.known()));
    Map<String, Object> read = asViewer().get(project(id)).then().extract().as(Map.class);

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(read)
        .put(project(id))
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"");
    assertEquals(1, rows.outboxRowsOf(id), "no event for a change that changes nothing");
  }

  @Test
  void statusDoesNotChangeThroughReplace() {
    Map<String, Object> body = Projects.valid(Organisations.known());
    String id = create(body);
    body.put("status", "implementation");

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
  }

  @Test
  void aSecondProjectWithTheSameIdentifierAnswers409() {
    Map<String, Object> body = Projects.valid(Organisations.known());
    String first = create(body);
    Projects.part(body, "title").put("en", "Another title");
    body.put("iatiIdentifier", ((String) body.get("iatiIdentifier")).toLowerCase());

    asCoordinator()
        .body(body)
        .post(PROJECTS)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "duplicate"))
        .body("existing", equalTo(first));
  }

  @Test
  void retriedCreateWithTheSameIdempotencyKeyReturnsTheFirstProject() {
    Map<String, Object> body = Projects.valid(Organisations.known());
    UUID coordinator = UUID.randomUUID();
    String key = UUID.randomUUID().toString();

    String first =
        as(coordinator, Role.COORDINATOR)
            .header("Idempotency-Key", key)
            .body(body)
            .post(PROJECTS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(coordinator, Role.COORDINATOR)
        .header("Idempotency-Key", key)
        .body(body)
        .post(PROJECTS)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    assertEquals(1, rows.projectsWithIdentifier((String) body.get("iatiIdentifier")));
  }
}
