package org.sdghub.platform.testing.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.Outbox;
import org.sdghub.platform.testing.events.things.ThingService;

@QuarkusTest
class OutboxWriterTest {

  @Inject Outbox outbox;
  @Inject EventTables tables;

  @Test
  void dataThatBreaksItsSchemaIsRefusedAndNothingIsWritten() {
    String id = "invalid-" + UUID.randomUUID();
    DomainEvent event = new DomainEvent(ThingService.CHANGED, id, 0, Map.of("id", id));

    assertThrows(
        IllegalArgumentException.class,
        () -> QuarkusTransaction.requiringNew().run(() -> outbox.append(event)));

    assertEquals(0, tables.outboxRowsOf(id));
  }

  @Test
  void aTypeWithoutSchemaIsRefused() {
    DomainEvent event =
        new DomainEvent("org.sdghub.platformtest.nothing.v1", "x", 0, Map.of("id", "x"));

    assertThrows(
        IllegalStateException.class,
        () -> QuarkusTransaction.requiringNew().run(() -> outbox.append(event)));
  }
}
