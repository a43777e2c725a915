package org.sdghub.projects.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.Outbox;
import org.sdghub.projects.api.ProjectView;
import org.sdghub.projects.domain.DuplicateProject;
import org.sdghub.projects.domain.Project;
import org.sdghub.projects.domain.ProjectContent;
import org.sdghub.projects.domain.ProjectRevision;
import org.sdghub.projects.domain.Timestamps;
import org.sdghub.projects.events.ProjectEventTypes;
import org.sdghub.projects.repository.ProjectRepository;
import org.sdghub.projects.repository.RevisionRepository;

/**
 * Writes one change of a project, all of it in the caller's transaction: the row (content, API
 * document, filter columns, a new version), the history entry of that version, and its event in the
 * outbox. Every use case that changes a project ends here, and so here the project's read kept in
 * memory is forgotten once the transaction ends (before its caller answers: read-your-writes).
 */
@ApplicationScoped
public class ProjectWriter {

  private static final String IDENTIFIER_UNIQUE = "project_iati_identifier_key_unique";

  private final ProjectRepository projects;
  private final RevisionRepository revisions;
  private final Outbox outbox;
  private final ProjectJson json;
  private final ProjectReadCache readCache;

  ProjectWriter(
      ProjectRepository projects,
      RevisionRepository revisions,
      Outbox outbox,
      ProjectJson json,
      ProjectReadCache readCache) {
    this.projects = projects;
    this.revisions = revisions;
    this.outbox = outbox;
    this.json = json;
    this.readCache = readCache;
  }

  /**
   * Writes {@code content} as the project's new version, published as {@code eventType}; returns
   * the project as the API reads it, participants not yet named. Must run in a transaction.
   */
  public ProjectView write(
      Project project,
      boolean isNew,
      ProjectContent content,
      String eventType,
      Actor actor,
      String reason) {
    Instant now = Timestamps.now();
    long version = project.nextVersion(isNew);
    JsonNode before = isNew ? null : json.tree(project.document);
    ProjectView view =
        ProjectConversions.toView(
            project.id, content, version, isNew ? now : project.createdAt, now);
    String document = json.write(view);
    project.write(content, json.write(content), document, now);
    if (isNew) {
      projects.persist(project);
    }
    flush(project);
    if (project.version != version) {
      throw new IllegalStateException(
          "Project " + project.id + " is at version " + project.version + ", not " + version);
    }
    // Both sides read from JSON text, so that numbers compare by value and not by Java type.
    record(project, version, now, eventType, actor, reason, before, json.tree(document));
    publish(eventType, project, content, version, now);
    readCache.forgetAfterCommit(project.id);
    return view;
  }

  /** Deletes the project; its last state is published at a new version. Needs a transaction. */
  public void delete(Project project, ProjectContent content, Actor actor) {
    Instant now = Timestamps.now();
    long version = project.nextVersion(false);
    record(
        project,
        version,
        now,
        ProjectEventTypes.DELETED,
        actor,
        null,
        json.tree(project.document),
        null);
    publish(ProjectEventTypes.DELETED, project, content, version, now);
    projects.delete(project);
    projects.flush();
    readCache.forgetAfterCommit(project.id);
  }

  private void record(
      Project project,
      long version,
      Instant now,
      String eventType,
      Actor actor,
      String reason,
      JsonNode before,
      JsonNode after) {
    String changes = json.write(after == null ? List.of() : Changes.between(before, after));
    revisions.persist(
        ProjectRevision.of(
            project.id,
            version,
            now,
            actor.organisationId(),
            actor.roleNames(),
            eventType,
            reason,
            changes));
  }

  private void publish(
      String type, Project project, ProjectContent content, long version, Instant now) {
    outbox.append(
        new DomainEvent(
            type,
            project.id.toString(),
            version,
            ProjectConversions.toState(project.id, content, version, project.createdAt, now)));
  }

  // Two requests with the same new identifier can both pass the check before either commits: the
  // unique constraint decides, and the loser gets the same 409 as if it had come second.
  private void flush(Project project) {
    try {
      projects.flush();
    } catch (PersistenceException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t.getMessage() != null && t.getMessage().contains(IDENTIFIER_UNIQUE)) {
          throw new DuplicateProject(project.iatiIdentifier, null);
        }
      }
      throw e;
    }
  }
}
