package org.sdghub.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sdghub.platform.Conflict;
import org.sdghub.platform.IfMatch;
import org.sdghub.projects.api.ProjectView;
import org.sdghub.projects.api.ResultRequest;
import org.sdghub.projects.api.ResultView;
import org.sdghub.projects.domain.Project;
import org.sdghub.projects.domain.ProjectContent;
import org.sdghub.projects.domain.ProjectNotFound;
import org.sdghub.projects.domain.ResultNotFound;
import org.sdghub.projects.events.ProjectEventTypes;
import org.sdghub.projects.repository.ProjectRepository;

/**
 * The results of a project: part of it, so each change needs the project's If-Match, gives the
 * project a new version and publishes it updated, in one transaction.
 */
@ApplicationScoped
public class ResultService {

  /** The most results a project holds. */
  static final int MAX_RESULTS = 50;

  private final ProjectRepository projects;
  private final ProjectService projectReads;
  private final ProjectRules rules;
  private final Permissions permissions;
  private final ProjectWriter writer;
  private final ProjectJson json;

  ResultService(
      ProjectRepository projects,
      ProjectService projectReads,
      ProjectRules rules,
      Permissions permissions,
      ProjectWriter writer,
      ProjectJson json) {
    this.projects = projects;
    this.projectReads = projectReads;
    this.rules = rules;
    this.permissions = permissions;
    this.writer = writer;
    this.json = json;
  }

  /** The project's results, with its version. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AtVersion<List<ResultView>> list(UUID projectId) {
    ProjectView project = projectReads.stored(projectId);
    return new AtVersion<>(project.results(), project.version());
  }

  /** Adds a result; 409 when the project already has {@value #MAX_RESULTS}. */
  @Transactional
  public AtVersion<ResultView> add(
      UUID projectId, IfMatch ifMatch, ResultRequest request, Actor actor) {
    Project project = load(projectId);
    ProjectContent previous = startChange(project, ifMatch, actor);
    if (previous.results().size() >= MAX_RESULTS) {
      throw new Conflict("A project has at most " + MAX_RESULTS + " results.");
    }
    ProjectContent.Result result = ResultConversions.toResult(UUID.randomUUID(), request);
    rules.checkResult(result, previous.dates());
    List<ProjectContent.Result> results = new ArrayList<>(previous.results());
    results.add(result);
    return written(project, previous.withResults(results), result, actor);
  }

  /** Replaces a result, keeping its id. */
  @Transactional
  public AtVersion<ResultView> replace(
      UUID projectId, UUID resultId, IfMatch ifMatch, ResultRequest request, Actor actor) {
    Project project = load(projectId);
    ProjectContent previous = startChange(project, ifMatch, actor);
    int at = indexOf(previous, projectId, resultId);
    ProjectContent.Result result = ResultConversions.toResult(resultId, request);
    rules.checkResult(result, previous.dates());
    List<ProjectContent.Result> results = new ArrayList<>(previous.results());
    results.set(at, result);
    return written(project, previous.withResults(results), result, actor);
  }

  /** Removes a result; returns the project's new version. */
  @Transactional
  public long remove(UUID projectId, UUID resultId, IfMatch ifMatch, Actor actor) {
    Project project = load(projectId);
    ProjectContent previous = startChange(project, ifMatch, actor);
    List<ProjectContent.Result> results = new ArrayList<>(previous.results());
    results.remove(indexOf(previous, projectId, resultId));
    return writer
        .write(
            project, false, previous.withResults(results), ProjectEventTypes.UPDATED, actor, null)
        .version();
  }

  private ProjectContent startChange(Project project, IfMatch ifMatch, Actor actor) {
    ProjectContent previous = json.read(project.content, ProjectContent.class);
    permissions.checkChange(actor, previous);
    ifMatch.check(project.version);
    return previous;
  }

  private AtVersion<ResultView> written(
      Project project, ProjectContent next, ProjectContent.Result result, Actor actor) {
    ProjectView view = writer.write(project, false, next, ProjectEventTypes.UPDATED, actor, null);
    return new AtVersion<>(ResultConversions.toView(result), view.version());
  }

  private static int indexOf(ProjectContent project, UUID projectId, UUID resultId) {
    List<ProjectContent.Result> results = project.results();
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).id().equals(resultId)) {
        return i;
      }
    }
    throw new ResultNotFound(projectId, resultId);
  }

  private Project load(UUID id) {
    return projects.findByIdOptional(id).orElseThrow(() -> new ProjectNotFound(id));
  }
}
