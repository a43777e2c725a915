package org.sdghub.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Merging the services' components keeps each operation pointing at its own service's schemas. */
class OpenApiComponentsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aComponentIdenticalButForARenamedSchemaItReferencesIsRenamedToo() throws Exception {
    ObjectNode merged = JSON.createObjectNode();
    ObjectNode partners =
        document(
            """
            {"Page": {"type": "object", "properties": {"items": {"type": "array",
               "items": {"$ref": "#/components/schemas/Item"}}}},
             "Item": {"type": "object", "properties": {"name": {"type": "string"}}}}
            """);
    ObjectNode funding =
        document(
            """
            {"Page": {"type": "object", "properties": {"items": {"type": "array",
               "items": {"$ref": "#/components/schemas/Item"}}}},
             "Wrapper": {"type": "object", "properties": {"page": {"$ref": "#/components/schemas/Page"}}},
             "Item": {"type": "object", "properties": {"amount": {"type": "number"}}}}
            """);
    merge(partners, merged, "partners");
    merge(funding, merged, "funding");
    ObjectNode schemas = (ObjectNode) merged.get("schemas");
    // The clash itself, and what follows from it: Page (same text) now means funding's items.
    assertEquals(
        "#/components/schemas/FundingItem",
        schemas.at("/FundingPage/properties/items/items/$ref").asText());
    assertEquals(
        "#/components/schemas/FundingPage", schemas.at("/Wrapper/properties/page/$ref").asText());
    assertEquals(
        "#/components/schemas/Item", schemas.at("/Page/properties/items/items/$ref").asText());
    assertTrue(schemas.at("/Item/properties").has("name"));
    assertTrue(schemas.at("/FundingItem/properties").has("amount"));
  }

  @Test
  void aRenameNeverTakesANameAlreadyUsed() throws Exception {
    ObjectNode merged = JSON.createObjectNode();
    merge(
        document(
            """
            {"Item": {"type": "string"}, "FundingItem": {"type": "integer"}}
            """),
        merged,
        "partners");
    merge(document("{\"Item\": {\"type\": \"boolean\"}}"), merged, "funding");
    ObjectNode schemas = (ObjectNode) merged.get("schemas");
    assertEquals("string", schemas.at("/Item/type").asText());
    assertEquals("integer", schemas.at("/FundingItem/type").asText());
    assertEquals("boolean", schemas.at("/FundingItem2/type").asText());
    assertFalse(schemas.has("FundingItem3"));
  }

  private static void merge(ObjectNode document, ObjectNode merged, String source) {
    OpenApiComponents.renameClashes(document, merged, source);
    OpenApiComponents.mergeComponents(document, merged);
  }

  private static ObjectNode document(String schemas) throws Exception {
    ObjectNode document = JSON.createObjectNode();
    document.putObject("components").set("schemas", JSON.readTree(schemas));
    return document;
  }
}
