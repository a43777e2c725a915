package org.sdghub.gateway.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.sdghub.gateway.domain.ChangeFeedTags;
import org.sdghub.gateway.domain.ReadModelProject;
import org.sdghub.gateway.service.ReadModelReplay;
import org.sdghub.gateway.service.ReadModelUpdates;
import org.sdghub.platform.EventHandler;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.ServiceTopics;

/**
 * Keeps the read model's projects and their who-what-where rows from projects-service's events
 * (each carries the full state; a deleted event leaves a tombstone) and appends each event to the
 * change feed, in the inbox's transaction. Unreadable data fails: retried, then parked.
 */
@ApplicationScoped
public class ProjectEventsHandler implements EventHandler, ReadModelReplay {

  private final ObjectMapper mapper;
  private final ReadModelUpdates updates;

  ProjectEventsHandler(ObjectMapper mapper, ReadModelUpdates updates) {
    this.mapper = mapper;
    this.updates = updates;
  }

  @Override
  public Set<String> types() {
    return ReadModelEventTypes.PROJECT;
  }

  @Override
  public void apply(ReceivedEvent event) {
    ReadModelProject project = ProjectEventData.read(event, mapper);
    updates.apply(project, ServiceTopics.PROJECTS, event.time().toInstant());
    updates.publish(ChangeFeedOrigins.of(event), ChangeFeedTags.of(project));
  }

  @Override
  public void replay(ReceivedEvent event) {
    updates.apply(
        ProjectEventData.read(event, mapper), ServiceTopics.PROJECTS, event.time().toInstant());
  }
}
