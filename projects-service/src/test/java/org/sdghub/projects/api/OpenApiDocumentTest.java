package org.sdghub.projects.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.testing.ServiceOpenApiContract;

/** The service's OpenAPI document describes every operation fully, errors included. */
@QuarkusTest
class OpenApiDocumentTest extends ServiceOpenApiContract {

  @Override
  protected boolean needsIfMatch(String method, String path) {
    // Every change of an existing project, its status and its results names the version it saw.
    return method.equals("PUT")
        || method.equals("PATCH")
        || method.equals("DELETE")
        || (method.equals("POST") && path.contains("{id}"));
  }

  @Test
  void writesDocumentTheirConflictsWithExamples() {
    String base = "paths.'/api/v1/projects";
    String problem = ".responses.'409'.content.'application/problem+json'";
    assertTrue(
        document.getMap(base + "'.post" + problem).toString().contains("existing"),
        "create's 409 shows the duplicate");
    assertTrue(
        document.getMap(base + "/{id}'.delete" + problem).toString().contains("cancelled"),
        "delete's 409 says to cancel instead");
    assertTrue(
        document.getMap(base + "/{id}/status'.post" + problem).toString().contains("final"),
        "status change's 409 says why");
  }

  @Test
  void patchTakesAMergePatch() {
    Map<String, Object> body =
        document.getMap("paths.'/api/v1/projects/{id}'.patch.requestBody.content");
    assertEquals(List.of("application/merge-patch+json"), List.copyOf(body.keySet()));
  }

  @Test
  void requestSchemasCarryTheirConstraints() {
    String request = "components.schemas.ProjectRequest.";
    assertEquals(150, document.getInt(request + "properties.iatiIdentifier.maxLength"));
    assertTrue(
        document
            .getList(request + "required")
            .containsAll(
                List.of(
                    "reportingOrganisationId", "title", "dates", "participatingOrganisations")));
    // Optional for a reporting organisation without an IATI organisation identifier.
    assertFalse(document.getList(request + "required").contains("iatiIdentifier"));
    assertEquals("[^\\s/&|?]+", document.getString(request + "properties.iatiIdentifier.pattern"));
    assertEquals(
        List.of("reason"), document.getList("components.schemas.IdentifierChange.required"));
    assertEquals(
        List.of("answer"), document.getList("components.schemas.ParticipationAnswer.required"));
    assertEquals(List.of("en"), document.getList("components.schemas.LocalisedText.required"));
    assertEquals(50, document.getInt(request + "properties.recipientCountries.maxItems"));
    assertEquals(4, document.getList("components.schemas.Participant.properties.role.enum").size());
    assertEquals(
        6, document.getList("components.schemas.StatusChange.properties.status.enum").size());
    assertEquals("SDG Hub projects-service", document.getString("info.title"));
  }
}
