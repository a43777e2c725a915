package org.sdghub.partners.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sdghub.partners.Profiles;
import org.sdghub.partners.api.LocalisedName;
import org.sdghub.partners.api.OrganisationProfile;
import org.sdghub.partners.service.Actor;
import org.sdghub.partners.service.OrganisationService;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.testing.OutboxContract;

/** The platform's outbox contract, kept by the registry's own use cases. */
@QuarkusTest
class OrganisationOutboxContractTest extends OutboxContract {

  private static final Actor COORDINATOR = new Actor(UUID.randomUUID(), true);

  @Inject OrganisationService organisations;

  @Override
  protected String commitAChange() {
    return organisations.create(profile(), Set.of(), COORDINATOR).id().toString();
  }

  @Override
  protected String rollBackAChange() {
    // The service's transaction joins this one, which rolls back after the event was appended.
    QuarkusTransaction.begin();
    try {
      return organisations.create(profile(), Set.of(), COORDINATOR).id().toString();
    } finally {
      QuarkusTransaction.rollback();
    }
  }

  @Override
  protected DomainEvent anEvent() {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    OrganisationState state =
        new OrganisationState(
            id,
            "XM-DAC-41114",
            Map.of("en", "United Nations Development Programme"),
            "UNDP",
            "40",
            "un-entity",
            "US",
            List.of("KZ"),
            null,
            "active",
            List.of(),
            0,
            now,
            now,
            null,
            null,
            List.of());
    return new DomainEvent(OrganisationEventTypes.CREATED, id.toString(), 0, state);
  }

  private static OrganisationProfile profile() {
    String token = Profiles.token();
    return new OrganisationProfile(
        "XI-IATI-" + token.toUpperCase(),
        new LocalisedName(
            "Outbox Contract " + token, null, null, null, null, null, null, null, null),
        null,
        "21",
        "ngo",
        "KZ",
        List.of(),
        null,
        List.of());
  }
}
