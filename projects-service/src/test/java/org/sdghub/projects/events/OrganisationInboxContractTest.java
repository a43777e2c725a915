package org.sdghub.projects.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.sdghub.platform.testing.InboxContract;
import org.sdghub.projects.repository.KnownOrganisationRepository;

/** The platform's inbox contract, kept by the organisation copy's consumer. */
@QuarkusTest
class OrganisationInboxContractTest extends InboxContract {

  @Inject KnownOrganisationRepository organisations;

  @Override
  protected String topic() {
    return OrganisationEvents.TOPIC;
  }

  @Override
  protected String source() {
    return OrganisationEvents.SOURCE;
  }

  @Override
  protected String eventType() {
    return OrganisationEventsHandler.UPDATED;
  }

  @Override
  protected Object dataFor(String subject, long sequence) {
    return OrganisationEvents.state(subject, sequence, "Contract organisation " + sequence);
  }

  @Override
  protected boolean reflects(String subject, long sequence) {
    return QuarkusTransaction.requiringNew()
        .call(() -> organisations.find(UUID.fromString(subject)))
        .map(copy -> copy.name().get("en").equals("Contract organisation " + sequence))
        .orElse(false);
  }
}
