package org.sdghub.projects.service;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sdghub.projects.Requests.MERGE_PATCH;
import static org.sdghub.projects.Requests.asCoordinator;
import static org.sdghub.projects.Requests.asViewer;
import static org.sdghub.projects.Requests.create;
import static org.sdghub.projects.Requests.mergePatch;
import static org.sdghub.projects.Requests.project;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.testing.Eventually;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Rows;
import org.sdghub.projects.repository.ChangeFeed;

/**
 * Reads by id come from memory, and stay exact: a write here is read back at once, a change
 * committed by another instance (here: straight in the database) shows within seconds, and so does
 * one the change feed missed while its connection was down.
 */
@QuarkusTest
class ReadCacheTest {

  private static final Duration ANNOUNCED = Duration.ofSeconds(10);

  @Inject Rows rows;

  @Test
  void aWriteIsReadBackAtOnceOnTheSameInstanceWithoutWaitingForTheAnnouncement() {
    String id = create(Projects.valid(Organisations.known()));
    String etag = readTwice(id).header("ETag");

    rows.unannounced(
        () -> {
          asCoordinator()
              .contentType(MERGE_PATCH)
              .header("If-Match", etag)
              .body(mergePatch("{\"title\": {\"en\": \"Patched here\"}}"))
              .patch(project(id))
              .then()
              .statusCode(200);

          asViewer()
              .get(project(id))
              .then()
              .statusCode(200)
              .header("ETag", "\"1\"")
              .body("title.en", equalTo("Patched here"))
              .body("version", equalTo(1));
        });
  }

  @Test
  void aChangeCommittedByAnotherInstanceIsReadWithinSeconds() {
    String id = create(Projects.valid(Organisations.known()));
    readTwice(id);

    rows.retitleElsewhere(id, "Changed elsewhere");

    Eventually.awaitAsserted(
        ANNOUNCED,
        () ->
            asViewer()
                .get(project(id))
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title.en", equalTo("Changed elsewhere")));
  }

  @Test
  void aRenamedOrganisationShowsInAReadKeptBefore() {
    Organisations.Known organisation = Organisations.known();
    String id = create(Projects.valid(organisation));
    readTwice(id)
        .then()
        .body(
            "participatingOrganisations[0].name.en",
            equalTo("Water Agency " + organisation.identifier().substring(7)));

    Organisations.rename(organisation, 1, "Renamed Water Agency");

    Eventually.awaitAsserted(
        ANNOUNCED,
        () ->
            asViewer()
                .get(project(id))
                .then()
                .statusCode(200)
                .body("participatingOrganisations[0].name.en", equalTo("Renamed Water Agency")));
  }

  @Test
  void aChangeMissedWhileTheFeedWasDisconnectedIsReadOnceItListensAgain() {
    String id = create(Projects.valid(Organisations.known()));
    readTwice(id);
    rows.retitleUnannounced(id, "Missed change");
    // Nothing announced it: the read kept in memory still answers (which shows that there is one).
    asViewer().get(project(id)).then().statusCode(200).header("ETag", "\"0\"");
    String before = rows.backendsOf(ChangeFeed.APPLICATION_NAME).orElseThrow();

    assertEquals(1, rows.terminateBackendsOf(ChangeFeed.APPLICATION_NAME));

    Eventually.awaitAsserted(
        ANNOUNCED,
        () ->
            asViewer()
                .get(project(id))
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title.en", equalTo("Missed change")));
    String after =
        Eventually.awaitValue(
            ANNOUNCED,
            "the change feed never connected again",
            () -> rows.backendsOf(ChangeFeed.APPLICATION_NAME));
    assertNotEquals(before, after, "a new connection listens");
    // And what it hears again reaches the reads.
    readTwice(id);
    rows.retitleElsewhere(id, "Heard again");
    Eventually.awaitAsserted(
        ANNOUNCED,
        () -> asViewer().get(project(id)).then().body("title.en", equalTo("Heard again")));
  }

  @Test
  void aProjectDeletedHereReadsNotFoundAtOnce() {
    String id = create(Projects.valid(Organisations.known()));
    String etag = readTwice(id).header("ETag");

    rows.unannounced(
        () -> {
          asCoordinator().header("If-Match", etag).delete(project(id)).then().statusCode(204);

          asViewer().get(project(id)).then().statusCode(404);
        });
  }

  @Test
  void aProjectDeletedByAnotherInstanceReadsNotFoundWithinSeconds() {
    String id = create(Projects.valid(Organisations.known()));
    readTwice(id);

    rows.deleteElsewhere(id);

    Eventually.awaitAsserted(ANNOUNCED, () -> asViewer().get(project(id)).then().statusCode(404));
  }

  /** Reads the project twice (the second from memory when the first kept it); answers the last. */
  private static Response readTwice(String id) {
    asViewer().get(project(id)).then().statusCode(200);
    Response second = asViewer().get(project(id));
    second.then().statusCode(200);
    return second;
  }
}
