package org.sdghub.projects.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.sdghub.projects.Requests.PROJECTS;
import static org.sdghub.projects.Requests.asCoordinator;
import static org.sdghub.projects.Requests.asViewer;
import static org.sdghub.projects.Requests.create;
import static org.sdghub.projects.Requests.project;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;

/** SDG tagging at goal level as well as target level, as IATI allows. */
@QuarkusTest
class SdgGoalTagsTest {

  @Test
  void aGoalTaggedWithoutATargetCountsAmongTheProjectsGoals() {
    Organisations.Known agency = Organisations.known();
    Map<String, Object> body = Projects.valid(agency);
    body.put("sdgGoalTags", List.of(5, 6));
    String id = create(body);

    asViewer()
        .get(project(id))
        .then()
        .body("sdgGoalTags", contains(5, 6))
        .body("sdgGoals", contains(5, 6, 13));
    asViewer()
        .queryParam("organisation", agency.id())
        .queryParam("sdgGoal", 5)
        .get(PROJECTS)
        .then()
        .body("items.id", contains(id));
  }

  @Test
  void onlyTheSeventeenGoals() {
    Map<String, Object> body = Projects.valid(Organisations.known());
    body.put("sdgGoalTags", List.of(0, 18));

    asCoordinator()
        .body(body)
        .post(PROJECTS)
        .then()
        .statusCode(400)
        .body(
            "errors.message",
            contains("must be an SDG goal, 1 to 17", "must be an SDG goal, 1 to 17"));
  }

  @Test
  void aProjectWithoutTagsHasTheGoalsOfItsTargets() {
    String id = create(Projects.valid(Organisations.known()));

    asViewer()
        .get(project(id))
        .then()
        .body("sdgGoalTags", org.hamcrest.Matchers.empty())
        .body("sdgGoals", equalTo(List.of(6, 13)));
  }
}
