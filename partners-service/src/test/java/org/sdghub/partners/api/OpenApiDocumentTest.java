package org.sdghub.partners.api;

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
    return method.equals("PUT")
        || method.equals("DELETE")
        || path.endsWith("/archive")
        || path.endsWith("/confirm")
        || path.endsWith("/merge");
  }

  @Test
  void registrationDocumentsItsDuplicateAnswerWithAnExample() {
    Map<String, Object> conflict =
        document.getMap(
            "paths.'/api/v1/organisations'.post.responses.'409'.content.'application/problem+json'");
    assertTrue(conflict.toString().contains("same-name"), "409 example shows a duplicate");
  }

  @Test
  void requestSchemasCarryTheirConstraints() {
    assertEquals(
        150,
        document.getInt("components.schemas.OrganisationProfile.properties.identifier.maxLength"));
    List<Object> required = document.getList("components.schemas.OrganisationProfile.required");
    assertTrue(required.containsAll(List.of("name", "type", "kind", "headquartersCountry")));
    assertFalse(required.contains("identifier"), "many national bodies and NGOs have none");
    assertEquals(List.of("en"), document.getList("components.schemas.LocalisedName.required"));
    assertEquals(
        8, document.getList("components.schemas.OrganisationProfile.properties.kind.enum").size());
    assertEquals("SDG Hub partners-service", document.getString("info.title"));
  }
}
