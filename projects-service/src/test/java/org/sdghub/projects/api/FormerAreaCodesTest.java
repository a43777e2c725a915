package org.sdghub.projects.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.sdghub.projects.Projects.map;
import static org.sdghub.projects.Requests.PROJECTS;
import static org.sdghub.projects.Requests.asCoordinator;
import static org.sdghub.projects.Requests.asViewer;
import static org.sdghub.projects.Requests.create;
import static org.sdghub.projects.Requests.project;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;

/**
 * Kazakhstan's former area codes (KZ-KZY and the others ISO 3166-2 replaced) are accepted on input
 * and in filters, but stored and returned as the current code, so one region is never split in two;
 * error messages suggest current codes only.
 */
@QuarkusTest
class FormerAreaCodesTest {

  @Test
  void aFormerCodeIsStoredAndReturnedAsTheCurrentOne() {
    Organisations.Known agency = Organisations.known();
    Map<String, Object> body = Projects.valid(agency);
    body.put(
        "locations",
        new ArrayList<>(
            List.of(
                map("country", "KZ", "adminArea", "KZ-KZY", "name", "Aralsk", "point", null),
                map("country", "KZ", "adminArea", "KZ-43", "name", "Baikonur", "point", null))));
    String id = create(body);

    asViewer()
        .get(project(id))
        .then()
        .statusCode(200)
        .body("locations.adminArea", contains("KZ-43", "KZ-43"));
    asViewer()
        .queryParam("organisation", agency.id())
        .queryParam("adminArea", "KZ-KZY")
        .get(PROJECTS)
        .then()
        .statusCode(200)
        .body("items.id", contains(id));
    asViewer()
        .queryParam("organisation", agency.id())
        .queryParam("adminArea", "KZ-43")
        .get(PROJECTS)
        .then()
        .body("items.id", contains(id));
  }

  @Test
  void aReplaceWithTheFormerCodeChangesNothing() {
    Organisations.Known agency = Organisations.known();
    Map<String, Object> body = Projects.valid(agency);
    String id = create(body);
    Projects.element(body, "locations", 0).put("adminArea", "KZ-KZY");

    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(200)
        .body("version", equalTo(0))
        .body("locations[0].adminArea", equalTo("KZ-43"));
  }

  @Test
  void errorsSuggestCurrentCodesOnly() {
    Map<String, Object> body = Projects.valid(Organisations.known());
    Projects.element(body, "locations", 0).put("adminArea", "kz-kzy");

    asCoordinator()
        .body(body)
        .post(PROJECTS)
        .then()
        .statusCode(400)
        .body("errors.message", contains("must be an ISO 3166-2 code such as KZ-43"));
    asViewer()
        .queryParam("adminArea", "KZ-XXX")
        .get(PROJECTS)
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("such as KZ-43"))
        .body("errors[0].message", not(containsString("KZ-KZY")));
  }
}
