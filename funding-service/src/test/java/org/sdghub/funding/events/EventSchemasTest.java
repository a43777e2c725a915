package org.sdghub.funding.events;

import org.junit.jupiter.api.Test;
import org.sdghub.platform.testing.EventSchemaAssertions;

/** Each published type has a JSON Schema, and its example validates against it. */
class EventSchemasTest {

  @Test
  void everyPublishedTypesExampleMatchesItsSchema() {
    FundingEventTypes.ALL.forEach(EventSchemaAssertions::assertExampleValid);
  }
}
