package org.sdghub.projects.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.projects.Projects.map;
import static org.sdghub.projects.Requests.PROJECTS;
import static org.sdghub.projects.Requests.asCoordinator;
import static org.sdghub.projects.Requests.project;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.Rows;

/** Sectors of IATI's vocabularies with percentages that sum to 100 within each vocabulary. */
@QuarkusTest
class SectorSharesTest {

  @Inject Rows rows;

  private static Map<String, Object> share(String vocabulary, String code, Object percentage) {
    return map("vocabulary", vocabulary, "code", code, "percentage", percentage);
  }

  private static ValidatableResponse post(List<Map<String, Object>> shares) {
    Map<String, Object> body = Projects.valid(Organisations.known());
    body.remove("sectors");
    body.put("sectorShares", shares);
    return asCoordinator().body(body).post(PROJECTS).then();
  }

  @Test
  void sharesPerVocabularyAndTheDacCodesFollow() {
    Map<String, Object> body = Projects.valid(Organisations.known());
    body.remove("sectors");
    body.put(
        "sectorShares",
        List.of(
            share("1", "14010", 60),
            share("1", "31140", 40),
            share("2", "140", null),
            share("7", "6", 70),
            share("7", "2", 30),
            share("8", "6.4", null)));
    String id =
        asCoordinator()
            .body(body)
            .post(PROJECTS)
            .then()
            .statusCode(201)
            .body("sectors", contains("14010", "31140"))
            .body("sectorShares.vocabulary", contains("1", "1", "2", "7", "7", "8"))
            .body("sectorShares[0].percentage", equalTo(60))
            .extract()
            .path("id");

    // Sent back with the sectors a read gives, it is the same project.
    body.put("sectors", List.of("14010", "31140"));
    asCoordinator()
        .header("If-Match", "\"0\"")
        .body(body)
        .put(project(id))
        .then()
        .statusCode(200)
        .body("version", equalTo(0));
  }

  @Test
  void percentagesOfOneVocabularySumTo100() {
    post(List.of(share("1", "14010", 60), share("1", "31140", 30)))
        .statusCode(400)
        .body("errors.field", contains("sectorShares"))
        .body("errors.message", contains("the percentages of vocabulary 1 sum to 90, not 100"));
    post(List.of(share("7", "6", 60), share("7", "13", null)))
        .statusCode(400)
        .body(
            "errors.message",
            contains("vocabulary 7 has several sectors: each needs a percentage"));
  }

  @Test
  void codesBelongToTheirVocabulary() {
    post(List.of(
            share("1", "99999", null),
            share("2", "999", null),
            share("7", "18", null),
            share("8", "6.9", null)))
        .statusCode(400)
        .body(
            "errors.field",
            contains(
                "sectorShares[0].code",
                "sectorShares[1].code",
                "sectorShares[2].code",
                "sectorShares[3].code"));
  }

  @Test
  void sectorsThatDisagreeWithTheSharesAreRefused() {
    Map<String, Object> body = Projects.valid(Organisations.known());
    body.put("sectors", List.of("31140"));
    body.put("sectorShares", List.of(share("1", "14010", null)));

    asCoordinator()
        .body(body)
        .post(PROJECTS)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("sectors"))
        .body(
            "errors.message",
            hasItem(
                "lists the DAC 5-digit codes of sectorShares (14010): leave it out or send those"));
    assertEquals(0, rows.projectsWithIdentifier((String) body.get("iatiIdentifier")));
  }
}
