package org.sdghub.funding.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.sdghub.funding.domain.ProjectCopy;
import org.sdghub.funding.repository.ProjectCopyRepository;
import org.sdghub.funding.service.ChangeNotifier;
import org.sdghub.platform.EventHandler;
import org.sdghub.platform.ReceivedEvent;

/**
 * Keeps the copy of the projects from projects-service's events (each carries the project's full
 * state); a deleted project stays, flagged, so that its transactions keep their project. Each
 * applied event is passed on to the webhooks, in the same transaction.
 */
@ApplicationScoped
public class ProjectEventsHandler implements EventHandler {

  public static final String CREATED = "org.sdghub.project.created.v1";
  public static final String UPDATED = "org.sdghub.project.updated.v1";
  public static final String STATUS_CHANGED = "org.sdghub.project.status-changed.v1";
  public static final String DELETED = "org.sdghub.project.deleted.v1";

  private final ProjectCopyRepository projects;
  private final ObjectMapper mapper;
  private final ChangeNotifier notifier;

  ProjectEventsHandler(
      ProjectCopyRepository projects, ObjectMapper mapper, ChangeNotifier notifier) {
    this.projects = projects;
    this.mapper = mapper;
    this.notifier = notifier;
  }

  @Override
  public Set<String> types() {
    return Set.of(CREATED, UPDATED, STATUS_CHANGED, DELETED);
  }

  @Override
  public void apply(ReceivedEvent event) {
    ProjectEventData data = ProjectEventData.of(event, mapper);
    ProjectCopy copy = projects.findByIdOptional(data.id()).orElseGet(ProjectCopy::new);
    data.copyTo(copy, DELETED.equals(event.type()));
    copy.receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    ProjectCopy saved = projects.save(copy);
    notifier.projectChanged(event, saved);
  }
}
