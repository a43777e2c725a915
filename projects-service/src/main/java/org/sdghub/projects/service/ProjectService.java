package org.sdghub.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;
import org.sdghub.projects.api.IdentifierChange;
import org.sdghub.projects.api.ParticipationAnswer;
import org.sdghub.projects.api.ProjectQuery;
import org.sdghub.projects.api.ProjectRequest;
import org.sdghub.projects.api.ProjectView;
import org.sdghub.projects.api.StatusChange;
import org.sdghub.projects.domain.ActivityStatus;
import org.sdghub.projects.domain.Confirmation;
import org.sdghub.projects.domain.DuplicateProject;
import org.sdghub.projects.domain.KnownOrganisation;
import org.sdghub.projects.domain.ParticipantRole;
import org.sdghub.projects.domain.Project;
import org.sdghub.projects.domain.ProjectContent;
import org.sdghub.projects.domain.ProjectNotDeletable;
import org.sdghub.projects.domain.ProjectNotFound;
import org.sdghub.projects.domain.StatusChangeRefused;
import org.sdghub.projects.domain.Timestamps;
import org.sdghub.projects.events.ProjectEventTypes;
import org.sdghub.projects.repository.ProjectRepository;

/**
 * The use cases of projects: create, read, replace, patch, move through statuses, delete, list.
 * Each change, its history entry and its event are written in one transaction; reads join a
 * transaction if there is one but never start one.
 */
@ApplicationScoped
public class ProjectService {

  private final ProjectRepository projects;
  private final ProjectRules rules;
  private final Permissions permissions;
  private final ProjectWriter writer;
  private final ProjectJson json;
  private final ParticipantNames names;
  private final MergePatches patches;
  private final QueryRules queries;
  private final ProjectReadCache readCache;

  ProjectService(
      ProjectRepository projects,
      ProjectRules rules,
      Permissions permissions,
      ProjectWriter writer,
      ProjectJson json,
      ParticipantNames names,
      MergePatches patches,
      QueryRules queries,
      ProjectReadCache readCache) {
    this.projects = projects;
    this.rules = rules;
    this.permissions = permissions;
    this.writer = writer;
    this.json = json;
    this.names = names;
    this.patches = patches;
    this.queries = queries;
    this.readCache = readCache;
  }

  /**
   * Creates a project: 403 unless the actor may, 400 on a broken rule, 409 on a used identifier.
   */
  @Transactional
  public ProjectView create(ProjectRequest request, Actor actor) {
    ActivityStatus status =
        request.status() == null
            ? ActivityStatus.PIPELINE
            : ActivityStatus.fromApiName(request.status()).orElseThrow();
    ProjectContent content =
        rules.withCurrentAreaCodes(
            ProjectConversions.toContent(request, status, List.of()).withAnswersFrom(null));
    permissions.checkCreate(actor, content);
    Map<UUID, KnownOrganisation> known = rules.check(content, null);
    content = content.withDerivedBudget().withDerivedSectors();
    requireIdentifierFree(content.iatiIdentifier(), null);
    Project project = Project.create(UUID.randomUUID(), Timestamps.now());
    ProjectView view = writer.write(project, true, content, ProjectEventTypes.CREATED, actor, null);
    return names.named(view, known);
  }

  /**
   * The project as the API reads it, ready to send: from memory when it is there and current, else
   * its row read and its participants named.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public RenderedProject read(UUID id) {
    return readCache.read(id, this::render);
  }

  /** Replaces the project's writable fields (not its status nor its results). */
  @Transactional
  public ProjectView update(UUID id, IfMatch ifMatch, ProjectRequest request, Actor actor) {
    Project project = load(id);
    ProjectContent previous = content(project);
    permissions.checkChange(actor, previous);
    ifMatch.check(project.version);
    return revise(project, previous, request, actor);
  }

  /** Applies a JSON Merge Patch to the project's writable fields, then as {@link #update}. */
  @Transactional
  public ProjectView patch(UUID id, IfMatch ifMatch, String mergePatch, Actor actor) {
    Project project = load(id);
    ProjectContent previous = content(project);
    permissions.checkChange(actor, previous);
    ifMatch.check(project.version);
    ProjectRequest request = patches.apply(ProjectConversions.toRequest(previous), mergePatch);
    return revise(project, previous, request, actor);
  }

  /** Moves the project to another status, if its current one leads there (else 409). */
  @Transactional
  public ProjectView changeStatus(UUID id, IfMatch ifMatch, StatusChange change, Actor actor) {
    Project project = load(id);
    ProjectContent previous = content(project);
    permissions.checkChange(actor, previous);
    ifMatch.check(project.version);
    ActivityStatus target = ActivityStatus.fromApiName(change.status()).orElseThrow();
    if (!previous.status().mayBecome(target)) {
      throw new StatusChangeRefused(previous.status(), target);
    }
    String reason = change.reason() == null || change.reason().isBlank() ? null : change.reason();
    ProjectContent next = previous.withStatus(target);
    if (target == ActivityStatus.CLOSED) {
      ProjectContent.Dates d = previous.dates();
      ProjectContent.Dates closedOn =
          new ProjectContent.Dates(
              d.plannedStart(),
              d.plannedEnd(),
              d.actualStart(),
              change.actualEnd() != null ? change.actualEnd() : d.actualEnd());
      rules.checkDates(closedOn, true);
      next = next.withDates(closedOn);
    } else if (change.actualEnd() != null) {
      throw new InvalidInput("actualEnd", "is given only to close a project");
    }
    ProjectView view =
        writer.write(project, false, next, ProjectEventTypes.STATUS_CHANGED, actor, reason);
    return names.named(view);
  }

  /**
   * Records an organisation's answer to its listings in the project (all its roles, or the one
   * named): 403 for another organisation's unless a coordinator, or when it is not listed at all;
   * 400 if it is not listed in the role named, is the reporting organisation, or declines without a
   * note.
   */
  @Transactional
  public ProjectView answer(UUID id, IfMatch ifMatch, ParticipationAnswer answer, Actor actor) {
    UUID organisation =
        answer.organisationId() == null ? actor.organisationId() : answer.organisationId();
    permissions.checkAnswer(actor, organisation);
    Project project = load(id);
    ProjectContent previous = content(project);
    permissions.checkListed(actor, organisation, previous);
    ifMatch.check(project.version);
    Confirmation state = Confirmation.fromApiName(answer.answer()).orElseThrow();
    String note = answer.note() == null || answer.note().isBlank() ? null : answer.note().trim();
    if (state == Confirmation.DECLINED && note == null) {
      throw new InvalidInput(
          "note", "is required to decline: say why the organisation does not take part so");
    }
    if (organisation.equals(previous.reportingOrganisationId())) {
      throw new InvalidInput(
          "organisationId",
          "is the project's reporting organisation, whose listings its own report confirms");
    }
    ParticipantRole role =
        answer.role() == null ? null : ParticipantRole.fromApiName(answer.role()).orElseThrow();
    List<ProjectContent.Participation> listings = new ArrayList<>();
    boolean listed = false;
    for (ProjectContent.Participation p : previous.participatingOrganisations()) {
      if (p.organisationId().equals(organisation) && (role == null || p.role() == role)) {
        listings.add(p.answered(state, note));
        listed = true;
      } else {
        listings.add(p);
      }
    }
    if (!listed) {
      throw new InvalidInput(
          role == null ? "organisationId" : "role",
          role == null
              ? "is not listed in this project"
              : "the organisation is not listed in this project as " + role.apiName());
    }
    ProjectContent next = previous.withParticipants(listings);
    if (next.equals(previous)) {
      return names.named(json.read(project.document, ProjectView.class));
    }
    String reason =
        organisation
            + (role == null ? "" : " as " + role.apiName())
            + ": "
            + state.apiName()
            + (note == null ? "" : " (" + note + ")");
    ProjectView view = writer.write(project, false, next, ProjectEventTypes.UPDATED, actor, reason);
    return names.named(view);
  }

  /**
   * Confirms the organisation's funding listings in the project, as a transaction it recorded
   * itself as their provider shows; nothing when the project is gone, does not list it as funding,
   * or its listing is confirmed already. Runs in the caller's transaction (the inbox's).
   */
  @Transactional
  public void confirmFunding(UUID projectId, UUID donor, UUID transactionId) {
    Project project = projects.findByIdOptional(projectId).orElse(null);
    if (project == null) {
      return;
    }
    ProjectContent previous = content(project);
    String note = "Confirmed by transaction " + transactionId + ", recorded by the donor itself";
    List<ProjectContent.Participation> listings =
        previous.participatingOrganisations().stream()
            .map(
                p ->
                    p.organisationId().equals(donor)
                            && p.role() == ParticipantRole.FUNDING
                            && p.confirmation() != Confirmation.CONFIRMED
                            && !donor.equals(previous.reportingOrganisationId())
                        ? p.answered(Confirmation.CONFIRMED, note)
                        : p)
            .toList();
    ProjectContent next = previous.withParticipants(listings);
    if (next.equals(previous)) {
      return;
    }
    writer.write(
        project,
        false,
        next,
        ProjectEventTypes.UPDATED,
        new Actor(donor, Set.of()),
        donor + " as funding: confirmed by its own transaction " + transactionId);
  }

  /**
   * Gives the project another IATI identifier (or none), as only a coordinator may, with the reason
   * recorded in its history; optionally hands it to another reporting organisation at the same
   * time, since the identifier follows the reporter. Same rules as on create; 409 if another
   * project has the identifier.
   */
  @Transactional
  public ProjectView reidentify(UUID id, IfMatch ifMatch, IdentifierChange change, Actor actor) {
    permissions.checkReidentify(actor);
    Project project = load(id);
    ProjectContent previous = content(project);
    ifMatch.check(project.version);
    String identifier =
        change.iatiIdentifier() == null || change.iatiIdentifier().isBlank()
            ? null
            : change.iatiIdentifier().trim();
    ProjectContent next =
        previous
            .withIdentifier(identifier)
            .withReporting(
                change.reportingOrganisationId() == null
                    ? previous.reportingOrganisationId()
                    : change.reportingOrganisationId())
            .withAnswersFrom(previous);
    Map<UUID, KnownOrganisation> known = rules.check(next, previous);
    requireIdentifierFree(identifier, project.id);
    if (next.equals(previous)) {
      return names.named(json.read(project.document, ProjectView.class), known);
    }
    ProjectView view =
        writer.write(
            project, false, next, ProjectEventTypes.UPDATED, actor, change.reason().trim());
    return names.named(view, known);
  }

  /**
   * Makes every project that names {@code duplicate} name {@code survivor} instead, as the partner
   * registry merged the one into the other; each changed project is published. Runs in the caller's
   * transaction (the inbox's).
   */
  @Transactional
  public void followMerge(UUID duplicate, UUID survivor) {
    for (UUID id : projects.idsNaming(duplicate)) {
      Project project = load(id);
      ProjectContent previous = content(project);
      ProjectContent next = previous.withOrganisationMerged(duplicate, survivor);
      if (!next.equals(previous)) {
        writer.write(
            project,
            false,
            next,
            ProjectEventTypes.UPDATED,
            new Actor(survivor, Set.of()),
            "organisation " + duplicate + " merged into " + survivor + " in the partner registry");
      }
    }
  }

  /** Deletes a project still in the pipeline; any other answers 409 (cancel it instead). */
  @Transactional
  public void delete(UUID id, IfMatch ifMatch, Actor actor) {
    Project project = load(id);
    ProjectContent previous = content(project);
    permissions.checkDelete(actor, previous);
    ifMatch.check(project.version);
    if (previous.status() != ActivityStatus.PIPELINE) {
      throw new ProjectNotDeletable(id, previous.status());
    }
    writer.delete(project, previous, actor);
  }

  /** One page of the projects that pass the filters; 400 naming a bad filter. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ProjectView> list(ProjectQuery query, PageRequest page) {
    Page<String> documents = projects.search(queries.toFilter(query), page);
    List<ProjectView> views =
        names.named(documents.items().stream().map(d -> json.read(d, ProjectView.class)).toList());
    return new Page<>(views, documents.page(), documents.size(), documents.total());
  }

  /** The stored document of the project, participants not named; 404 if there is none. */
  ProjectView stored(UUID id) {
    return json.read(
        projects.document(id).orElseThrow(() -> new ProjectNotFound(id)), ProjectView.class);
  }

  private RenderedProject render(UUID id) {
    ProjectView view = names.named(stored(id));
    return new RenderedProject(json.bytes(view), view.version());
  }

  private ProjectView revise(
      Project project, ProjectContent previous, ProjectRequest request, Actor actor) {
    if (request.status() != null && !request.status().equals(previous.status().apiName())) {
      throw new InvalidInput(
          "status",
          "changes only through POST /api/v1/projects/"
              + project.id
              + "/status; send "
              + previous.status().apiName()
              + " or leave it out");
    }
    ProjectContent requested =
        ProjectConversions.toContent(request, previous.status(), previous.results())
            .withIdentifier(previous.iatiIdentifier());
    ProjectContent next =
        rules.withCurrentAreaCodes(
            (request.editors() == null ? requested.withEditors(previous.editors()) : requested)
                .withAnswersFrom(previous));
    permissions.checkReportingKept(actor, previous, next);
    permissions.checkEditorsKept(actor, previous, next);
    if (request.iatiIdentifier() != null
        && !request.iatiIdentifier().trim().equals(previous.iatiIdentifier())) {
      throw new InvalidInput(
          "iatiIdentifier",
          "does not change after creation except by a coordinator, with a reason, through POST"
              + " /api/v1/projects/"
              + project.id
              + "/identifier; send "
              + (previous.iatiIdentifier() == null ? "none" : previous.iatiIdentifier())
              + " or leave it out");
    }
    Map<UUID, KnownOrganisation> known = rules.check(next, previous);
    next = next.withDerivedBudget().withDerivedSectors();
    requireIdentifierFree(next.iatiIdentifier(), project.id);
    if (next.equals(previous)) {
      // Nothing changes: no new version, no event for consumers to process.
      return names.named(json.read(project.document, ProjectView.class), known);
    }
    ProjectView view = writer.write(project, false, next, ProjectEventTypes.UPDATED, actor, null);
    return names.named(view, known);
  }

  private void requireIdentifierFree(String iatiIdentifier, UUID self) {
    if (iatiIdentifier == null) {
      return;
    }
    projects
        .idWithIdentifierKey(Project.identifierKey(iatiIdentifier))
        .filter(existing -> !existing.equals(self))
        .ifPresent(
            existing -> {
              throw new DuplicateProject(iatiIdentifier, existing);
            });
  }

  private Project load(UUID id) {
    return projects.findByIdOptional(id).orElseThrow(() -> new ProjectNotFound(id));
  }

  private ProjectContent content(Project project) {
    return json.read(project.content, ProjectContent.class);
  }
}
