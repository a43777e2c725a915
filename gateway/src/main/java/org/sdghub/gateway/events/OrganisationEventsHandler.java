package org.sdghub.gateway.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.sdghub.gateway.domain.ChangeFeedTags;
import org.sdghub.gateway.domain.ReadModelOrganisation;
import org.sdghub.gateway.service.ReadModelReplay;
import org.sdghub.gateway.service.ReadModelUpdates;
import org.sdghub.platform.EventHandler;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.ServiceTopics;

/**
 * Keeps the read model's organisations from partners-service's events and appends each event to the
 * change feed, in the inbox's transaction. Unreadable data fails, so that the inbox retries and
 * then parks the event, never half-applied.
 */
@ApplicationScoped
public class OrganisationEventsHandler implements EventHandler, ReadModelReplay {

  private final ObjectMapper mapper;
  private final ReadModelUpdates updates;

  OrganisationEventsHandler(ObjectMapper mapper, ReadModelUpdates updates) {
    this.mapper = mapper;
    this.updates = updates;
  }

  @Override
  public Set<String> types() {
    return ReadModelEventTypes.ORGANISATION;
  }

  @Override
  public void apply(ReceivedEvent event) {
    ReadModelOrganisation organisation = OrganisationEventData.read(event, mapper);
    updates.apply(organisation, ServiceTopics.PARTNERS, event.time().toInstant());
    updates.publish(ChangeFeedOrigins.of(event), ChangeFeedTags.of(organisation));
  }

  @Override
  public void replay(ReceivedEvent event) {
    updates.apply(
        OrganisationEventData.read(event, mapper),
        ServiceTopics.PARTNERS,
        event.time().toInstant());
  }
}
