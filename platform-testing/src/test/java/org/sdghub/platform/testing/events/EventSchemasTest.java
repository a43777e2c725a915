package org.sdghub.platform.testing.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.EventSchemas;
import org.sdghub.platform.testing.EventSchemaAssertions;
import org.sdghub.platform.testing.events.things.ThingService;

class EventSchemasTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void theExampleBesideTheSchemaIsValid() {
    EventSchemaAssertions.assertExampleValid(ThingService.CHANGED);
  }

  @Test
  void invalidDataGetsOneMessagePerViolation() {
    ObjectNode data =
        MAPPER.createObjectNode().put("id", "t").put("version", -1).put("colour", "red");

    List<String> violations = EventSchemas.violations(ThingService.CHANGED, data);

    assertEquals(3, violations.size(), violations.toString());
    assertTrue(violations.stream().anyMatch(v -> v.contains("name")), violations.toString());
  }

  @Test
  void theAssertionFailsWithTheViolations() {
    ObjectNode data = MAPPER.createObjectNode().put("id", "t").put("version", 1);

    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () -> EventSchemaAssertions.assertValid(ThingService.CHANGED, data));

    assertTrue(failure.getMessage().contains("name"), failure.getMessage());
  }

  @Test
  void aTypeWithoutSchemaHasNone() {
    assertFalse(EventSchemas.exists("org.sdghub.platformtest.nothing.v1"));
    assertThrows(
        IllegalStateException.class,
        () ->
            EventSchemas.violations(
                "org.sdghub.platformtest.nothing.v1", MAPPER.createObjectNode()));
  }
}
