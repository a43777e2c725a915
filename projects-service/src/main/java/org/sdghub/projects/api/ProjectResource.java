package org.sdghub.projects.api;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.platform.Idempotent;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.Page;
import org.sdghub.projects.service.Permissions;
import org.sdghub.projects.service.ProjectService;
import org.sdghub.projects.service.RenderedProject;

/** Projects over HTTP: create, read, replace, patch, change status, delete and list. */
@Path(ProjectResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Who does what, where and when, for which SDG targets")
@SecurityRequirement(name = OpenApiDocs.SECURITY_SCHEME)
public class ProjectResource {

  static final String PATH = "/api/v1/projects";

  private final ProjectService projects;
  private final Permissions permissions;

  ProjectResource(ProjectService projects, Permissions permissions) {
    this.projects = projects;
    this.permissions = permissions;
  }

  @POST
  @Idempotent
  @Parameter(
      in = ParameterIn.HEADER,
      name = Idempotent.HEADER,
      description = OpenApiDocs.IDEMPOTENCY_KEY,
      schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
  @Operation(
      operationId = "createProject",
      summary = "Create a project",
      description =
          "Coordinators; a partner for a project whose reporting organisation is its own, in"
              + " whatever role its organisation takes part (or none). The reporting"
              + " organisation's own listings are confirmed; the others start unconfirmed until"
              + " each organisation answers through POST /projects/{id}/participation. Every"
              + " rule broken is named in"
              + " one 400: SDG targets of the 169, the six countries with percentages summing to"
              + " 100, areas of a listed country, points within their country, organisations"
              + " known from the partner registry (at least one accountable, none newly"
              + " archived), dates in order, ISO 4217 currency, OECD DAC sectors.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = ProjectRequest.class),
              examples = @ExampleObject(name = "Aral Sea", value = ApiExamples.PROJECT_REQUEST)))
  @APIResponse(
      responseCode = "201",
      description = "Created; published as org.sdghub.project.created.v1",
      headers = {
        @Header(name = "Location", description = "The new project's URL"),
        @Header(name = "ETag", description = "Its version, for If-Match")
      },
      content =
          @Content(
              schema = @Schema(implementation = ProjectView.class),
              examples = @ExampleObject(name = "Aral Sea", value = ApiExamples.PROJECT)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid input: the fields at fault are listed in errors",
      content =
          @Content(
              mediaType = OpenApiDocs.PROBLEM_JSON,
              schema = @Schema(ref = "Problem"),
              examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
  @APIResponse(
      responseCode = "409",
      description = "Another project has this IATI identifier, or Idempotency-Key in progress",
      content =
          @Content(
              mediaType = OpenApiDocs.PROBLEM_JSON,
              schema = @Schema(ref = "Problem"),
              examples = @ExampleObject(name = "duplicate", value = ApiExamples.DUPLICATE)))
  public Response create(@Valid ProjectRequest request) {
    var actor = permissions.requireWriter();
    ProjectView created = projects.create(request, actor);
    return Response.created(URI.create(PATH + "/" + created.id())).entity(created).build();
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getProject",
      summary = "Read a project",
      description =
          "Every authenticated caller. Participating organisations carry their current names"
              + " from the partner registry.")
  @APIResponse(
      responseCode = "200",
      description = "The project",
      headers = @Header(name = "ETag", description = "Its version, for If-Match"),
      content =
          @Content(
              schema = @Schema(implementation = ProjectView.class),
              examples = @ExampleObject(name = "Aral Sea", value = ApiExamples.PROJECT)))
  public Response get(@Parameter(description = OpenApiDocs.PROJECT_ID) @PathParam("id") UUID id) {
    permissions.requireReader();
    // Sent as the bytes kept in memory: serialising again per read would cost more than the read.
    RenderedProject project = projects.read(id);
    return Response.ok(project.json(), MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.ETAG, IfMatch.etagOf(project.version()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "updateProject",
      summary = "Replace a project",
      description =
          "Coordinators; a partner whose organisation reports the project or is one of its"
              + " editors (being a participant is not enough). Only coordinators change the"
              + " reporting organisation; only it and coordinators change the editors. Listings"
              + " kept keep their answers; new ones start unconfirmed."
              + " The status changes only through POST /projects/{id}/status, results through"
              + " /projects/{id}/results. Needs If-Match. Same rules as on create.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = ProjectRequest.class),
              examples = @ExampleObject(name = "Aral Sea", value = ApiExamples.PROJECT_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "Updated; published as org.sdghub.project.updated.v1 (unless unchanged)",
      headers = @Header(name = "ETag", description = "The new version"),
      content = @Content(schema = @Schema(implementation = ProjectView.class)))
  @APIResponse(
      responseCode = "409",
      description = "Another project has this IATI identifier",
      content =
          @Content(
              mediaType = OpenApiDocs.PROBLEM_JSON,
              schema = @Schema(ref = "Problem"),
              examples = @ExampleObject(name = "duplicate", value = ApiExamples.DUPLICATE)))
  public ProjectView update(
      @Parameter(description = OpenApiDocs.PROJECT_ID) @PathParam("id") UUID id,
      @Parameter(description = OpenApiDocs.IF_MATCH, required = true) @HeaderParam(IfMatch.HEADER)
          String ifMatch,
      @Valid ProjectRequest request) {
    var actor = permissions.requireWriter();
    return projects.update(id, IfMatch.require(ifMatch), request, actor);
  }

  @PATCH
  @Path("{id}")
  @Consumes(OpenApiDocs.MERGE_PATCH_JSON)
  @Operation(
      operationId = "patchProject",
      summary = "Change some fields of a project",
      description =
          "A JSON Merge Patch (RFC 7396) of the project's writable fields: members given replace"
              + " (objects such as title or dates merge member by member), null removes an"
              + " optional field, arrays replace whole. The result must be a valid project, as"
              + " for PUT; same permissions. Needs If-Match.")
  @RequestBody(
      content =
          @Content(
              mediaType = OpenApiDocs.MERGE_PATCH_JSON,
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT),
              examples = @ExampleObject(name = "later end", value = ApiExamples.PATCH)))
  @APIResponse(
      responseCode = "200",
      description = "Updated; published as org.sdghub.project.updated.v1 (unless unchanged)",
      headers = @Header(name = "ETag", description = "The new version"),
      content = @Content(schema = @Schema(implementation = ProjectView.class)))
  @APIResponse(
      responseCode = "415",
      description = "Content-Type not supported; send application/merge-patch+json",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  public ProjectView patch(
      @Parameter(description = OpenApiDocs.PROJECT_ID) @PathParam("id") UUID id,
      @Parameter(description = OpenApiDocs.IF_MATCH, required = true) @HeaderParam(IfMatch.HEADER)
          String ifMatch,
      String mergePatch) {
    var actor = permissions.requireWriter();
    return projects.patch(id, IfMatch.require(ifMatch), mergePatch, actor);
  }

  @POST
  @Path("{id}/status")
  @Idempotent
  @Parameter(
      in = ParameterIn.HEADER,
      name = Idempotent.HEADER,
      description = OpenApiDocs.IDEMPOTENCY_KEY,
      schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
  @Operation(
      operationId = "changeProjectStatus",
      summary = "Move a project to another status",
      description =
          "Same permissions as PUT. pipeline → implementation or cancelled; implementation →"
              + " finalisation, closed, suspended or cancelled; suspended → implementation or"
              + " cancelled; finalisation → closed or back to implementation; closed and"
              + " cancelled are final. A closed project has an actual end: send actualEnd"
              + " unless dates.actualEnd is set. Needs If-Match.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = StatusChange.class),
              examples = @ExampleObject(name = "suspend", value = ApiExamples.STATUS_CHANGE)))
  @APIResponse(
      responseCode = "200",
      description = "Moved; published as org.sdghub.project.status-changed.v1",
      headers = @Header(name = "ETag", description = "The new version"),
      content = @Content(schema = @Schema(implementation = ProjectView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The current status does not lead there, or Idempotency-Key in progress",
      content =
          @Content(
              mediaType = OpenApiDocs.PROBLEM_JSON,
              schema = @Schema(ref = "Problem"),
              examples = @ExampleObject(name = "final", value = ApiExamples.STATUS_REFUSED)))
  @APIResponse(
      responseCode = "412",
      description = "If-Match names a version that is no longer current",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "428",
      description = "If-Match is required",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  public Response changeStatus(
      @Parameter(description = OpenApiDocs.PROJECT_ID) @PathParam("id") UUID id,
      @Parameter(description = OpenApiDocs.IF_MATCH, required = true) @HeaderParam(IfMatch.HEADER)
          String ifMatch,
      @Valid StatusChange change) {
    var actor = permissions.requireWriter();
    return Response.ok(projects.changeStatus(id, IfMatch.require(ifMatch), change, actor)).build();
  }

  @POST
  @Path("{id}/identifier")
  @Idempotent
  @Parameter(
      in = ParameterIn.HEADER,
      name = Idempotent.HEADER,
      description = OpenApiDocs.IDEMPOTENCY_KEY,
      schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
  @Operation(
      operationId = "changeProjectIdentifier",
      summary = "Change a project's IATI identifier (coordinators)",
      description =
          "Only coordinators, with a reason kept in the history: an IATI identifier is how IATI"
              + " and donors' systems know the activity, so it does not change after creation"
              + " otherwise. The same rules as on create; reportingOrganisationId hands the"
              + " project to another reporting organisation together with an identifier of its"
              + " own. Needs If-Match.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = IdentifierChange.class),
              examples = @ExampleObject(name = "registered", value = ApiExamples.IDENTIFIER)))
  @APIResponse(
      responseCode = "200",
      description = "Changed; published as org.sdghub.project.updated.v1 (unless unchanged)",
      headers = @Header(name = "ETag", description = "The new version"),
      content = @Content(schema = @Schema(implementation = ProjectView.class)))
  @APIResponse(
      responseCode = "400",
      description = "The identifier breaks a rule, or no reason was given",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not a coordinator",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "Another project has this IATI identifier, or Idempotency-Key in progress",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "412",
      description = "If-Match names a version that is no longer current",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "428",
      description = "If-Match is required",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  public Response changeIdentifier(
      @Parameter(description = OpenApiDocs.PROJECT_ID) @PathParam("id") UUID id,
      @Parameter(description = OpenApiDocs.IF_MATCH, required = true) @HeaderParam(IfMatch.HEADER)
          String ifMatch,
      @Valid IdentifierChange change) {
    var actor = permissions.requireWriter();
    return Response.ok(projects.reidentify(id, IfMatch.require(ifMatch), change, actor)).build();
  }

  @POST
  @Path("{id}/participation")
  @Idempotent
  @Parameter(
      in = ParameterIn.HEADER,
      name = Idempotent.HEADER,
      description = OpenApiDocs.IDEMPOTENCY_KEY,
      schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
  @Operation(
      operationId = "answerParticipation",
      summary = "Confirm or decline an organisation's listing in a project",
      description =
          "A partner or a donor answers for its own organisation's listings, a coordinator for"
              + " any (not the reporting organisation's, which its report confirms). Declining"
              + " needs a note; a declined listing stays visible but is not counted as the"
              + " organisation's work (not matched by the organisation filter, left out of the"
              + " who-what-where view). unconfirmed takes an answer back. Needs If-Match; an"
              + " answer that changes nothing answers 200 with the same version.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = ParticipationAnswer.class),
              examples = @ExampleObject(name = "decline", value = ApiExamples.PARTICIPATION)))
  @APIResponse(
      responseCode = "200",
      description = "Answered; published as org.sdghub.project.updated.v1 (unless unchanged)",
      headers = @Header(name = "ETag", description = "The new version"),
      content = @Content(schema = @Schema(implementation = ProjectView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid answer, a decline without a note, or the organisation not listed in that role",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "403",
      description = "The caller answers for another organisation and is not a coordinator",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "412",
      description = "If-Match names a version that is no longer current",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "428",
      description = "If-Match is required",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  public Response answerParticipation(
      @Parameter(description = OpenApiDocs.PROJECT_ID) @PathParam("id") UUID id,
      @Parameter(description = OpenApiDocs.IF_MATCH, required = true) @HeaderParam(IfMatch.HEADER)
          String ifMatch,
      @Valid ParticipationAnswer answer) {
    var actor = permissions.requireAnswerer();
    return Response.ok(projects.answer(id, IfMatch.require(ifMatch), answer, actor)).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "deleteProject",
      summary = "Delete a project in the pipeline",
      description =
          "Coordinators and the reporting organisation (not editors). Only a project in pipeline"
              + " status is deleted (a mistake, a"
              + " duplicate); any other is cancelled instead, so that its record is kept. Needs"
              + " If-Match.")
  @APIResponse(
      responseCode = "204",
      description = "Deleted; published as org.sdghub.project.deleted.v1 with its last state")
  @APIResponse(
      responseCode = "409",
      description = "Not in pipeline: cancel it instead",
      content =
          @Content(
              mediaType = OpenApiDocs.PROBLEM_JSON,
              schema = @Schema(ref = "Problem"),
              examples =
                  @ExampleObject(name = "cancel instead", value = ApiExamples.NOT_DELETABLE)))
  public void delete(
      @Parameter(description = OpenApiDocs.PROJECT_ID) @PathParam("id") UUID id,
      @Parameter(description = OpenApiDocs.IF_MATCH, required = true) @HeaderParam(IfMatch.HEADER)
          String ifMatch) {
    var actor = permissions.requireWriter();
    projects.delete(id, IfMatch.require(ifMatch), actor);
  }

  @GET
  @Operation(
      operationId = "listProjects",
      summary = "List projects",
      description =
          "Every authenticated caller. Filters combine with AND. Sorted by id unless sort is"
              + " given; id always breaks ties, so pages are stable.")
  @APIResponse(
      responseCode = "200",
      description = "One page: {items, page, size, total}",
      content = @Content(schema = @Schema(implementation = ProjectPage.class)))
  public Page<ProjectView> list(@BeanParam ProjectListParams params) {
    permissions.requireReader();
    return projects.list(params.query(), params.pageRequest());
  }

  /** The shape of a page of projects, for the OpenAPI document. */
  @Schema(name = "ProjectPage")
  record ProjectPage(List<ProjectView> items, int page, int size, long total) {}
}
