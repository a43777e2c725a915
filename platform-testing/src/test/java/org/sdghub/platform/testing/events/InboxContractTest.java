package org.sdghub.platform.testing.events;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.sdghub.platform.testing.InboxContract;
import org.sdghub.platform.testing.events.things.ThingChanged;
import org.sdghub.platform.testing.events.things.ThingService;

/** The inbox contract, kept by the platform's own test application. */
@QuarkusTest
class InboxContractTest extends InboxContract {

  @Inject EventTables tables;

  @Override
  protected String topic() {
    return "sdghub.platform-test.v1";
  }

  @Override
  protected String source() {
    return "/sdghub/contract-producer";
  }

  @Override
  protected String eventType() {
    return ThingService.CHANGED;
  }

  @Override
  protected Object dataFor(String subject, long sequence) {
    return new ThingChanged(subject, "name-" + sequence, sequence);
  }

  @Override
  protected boolean reflects(String subject, long sequence) {
    return tables.mirror(subject).map(m -> m.name().equals("name-" + sequence)).orElse(false);
  }
}
