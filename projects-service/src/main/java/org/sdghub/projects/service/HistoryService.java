package org.sdghub.projects.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;
import org.sdghub.projects.api.FieldChange;
import org.sdghub.projects.api.HistoryEntry;
import org.sdghub.projects.domain.ProjectNotFound;
import org.sdghub.projects.domain.ProjectRevision;
import org.sdghub.projects.repository.ProjectRepository;
import org.sdghub.projects.repository.RevisionRepository;

/** A project's history: each version, who made it, by which event, and what changed. */
@ApplicationScoped
public class HistoryService {

  private final ProjectRepository projects;
  private final RevisionRepository revisions;
  private final ProjectJson json;

  HistoryService(ProjectRepository projects, RevisionRepository revisions, ProjectJson json) {
    this.projects = projects;
    this.revisions = revisions;
    this.json = json;
  }

  /** One page of the project's versions, oldest first; 404 if the project does not exist. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<HistoryEntry> of(UUID projectId, PageRequest page) {
    if (projects.document(projectId).isEmpty()) {
      throw new ProjectNotFound(projectId);
    }
    return revisions.ofProject(projectId, page).map(this::toEntry);
  }

  private HistoryEntry toEntry(ProjectRevision r) {
    List<FieldChange> changes = new ArrayList<>();
    for (JsonNode change : json.tree(r.changes)) {
      changes.add(
          new FieldChange(change.get("field").asText(), change.get("old"), change.get("new")));
    }
    return new HistoryEntry(
        r.version,
        r.occurredAt,
        r.organisationId,
        Arrays.asList(r.roles),
        r.eventType,
        r.reason,
        changes);
  }
}
