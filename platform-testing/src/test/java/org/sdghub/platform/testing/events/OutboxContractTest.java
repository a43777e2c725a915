package org.sdghub.platform.testing.events;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.testing.OutboxContract;
import org.sdghub.platform.testing.events.things.ThingChanged;
import org.sdghub.platform.testing.events.things.ThingService;

/** The outbox contract, kept by the platform's own test application. */
@QuarkusTest
class OutboxContractTest extends OutboxContract {

  @Inject ThingService things;

  @Override
  protected String commitAChange() {
    return things.rename(newId(), "committed");
  }

  @Override
  protected String rollBackAChange() {
    String id = newId();
    try {
      things.renameThenFail(id, "rolled back");
    } catch (ThingService.SimulatedFailure expected) {
      // The transaction rolled back: that is the point.
    }
    return id;
  }

  @Override
  protected DomainEvent anEvent() {
    String id = newId();
    return new DomainEvent(ThingService.CHANGED, id, 0, new ThingChanged(id, "outside", 0));
  }

  private static String newId() {
    return "contract-" + UUID.randomUUID();
  }
}
