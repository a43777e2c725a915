package org.sdghub.projects.api;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
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
import org.sdghub.projects.service.AtVersion;
import org.sdghub.projects.service.Permissions;
import org.sdghub.projects.service.ResultService;

/**
 * A project's results over HTTP. They are part of the project: each change needs the project's
 * If-Match and answers with the project's new ETag.
 */
@Path(ResultResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project results", description = "What projects measure, and how far they are")
@SecurityRequirement(name = OpenApiDocs.SECURITY_SCHEME)
public class ResultResource {

  static final String PATH = ProjectResource.PATH + "/{id}/results";

  private static final String NEW_ETAG = "The project's new version, for If-Match";

  private final ResultService results;
  private final Permissions permissions;

  ResultResource(ResultService results, Permissions permissions) {
    this.results = results;
    this.permissions = permissions;
  }

  @GET
  @Operation(
      operationId = "listProjectResults",
      summary = "List a project's results",
      description =
          "Every authenticated caller. All results in one page (a project has 50 at most).")
  @APIResponse(
      responseCode = "200",
      description = "The results: {items, page, size, total}",
      headers = @Header(name = "ETag", description = "The project's version, for If-Match"),
      content = @Content(schema = @Schema(implementation = ResultPage.class)))
  public Response list(@Parameter(description = OpenApiDocs.PROJECT_ID) @PathParam("id") UUID id) {
    permissions.requireReader();
    AtVersion<List<ResultView>> found = results.list(id);
    List<ResultView> items = found.value();
    return tagged(Response.ok(new Page<>(items, 0, 50, items.size())), found.version());
  }

  @POST
  @Idempotent
  @Parameter(
      in = ParameterIn.HEADER,
      name = Idempotent.HEADER,
      description = OpenApiDocs.IDEMPOTENCY_KEY,
      schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
  @Operation(
      operationId = "addProjectResult",
      summary = "Add a result to a project",
      description =
          "Same permissions as changing the project. The indicator is a global SDG indicator"
              + " (checked against the catalogue) or a custom text. Needs the project's If-Match;"
              + " the project gets a new version, published as org.sdghub.project.updated.v1.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = ResultRequest.class),
              examples =
                  @ExampleObject(name = "water productivity", value = ApiExamples.RESULT_REQUEST)))
  @APIResponse(
      responseCode = "201",
      description = "Added",
      headers = {
        @Header(name = "Location", description = "The result's URL"),
        @Header(name = "ETag", description = NEW_ETAG)
      },
      content =
          @Content(
              schema = @Schema(implementation = ResultView.class),
              examples = @ExampleObject(name = "water productivity", value = ApiExamples.RESULT)))
  @APIResponse(
      responseCode = "409",
      description = "The project has 50 results already, or Idempotency-Key in progress",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "412",
      description = "If-Match names a version of the project that is no longer current",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "428",
      description = "If-Match is required",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  public Response add(
      @Parameter(description = OpenApiDocs.PROJECT_ID) @PathParam("id") UUID id,
      @Parameter(description = OpenApiDocs.IF_MATCH, required = true) @HeaderParam(IfMatch.HEADER)
          String ifMatch,
      @Valid ResultRequest request) {
    var actor = permissions.requireWriter();
    AtVersion<ResultView> added = results.add(id, IfMatch.require(ifMatch), request, actor);
    URI location = URI.create(ProjectResource.PATH + "/" + id + "/results/" + added.value().id());
    return tagged(Response.created(location).entity(added.value()), added.version());
  }

  @PUT
  @Path("{resultId}")
  @Operation(
      operationId = "updateProjectResult",
      summary = "Replace a result of a project",
      description =
          "Same permissions and rules as adding one; keeps the result's id. Needs the project's"
              + " If-Match.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = ResultRequest.class),
              examples =
                  @ExampleObject(name = "water productivity", value = ApiExamples.RESULT_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "Replaced; the project is published as org.sdghub.project.updated.v1",
      headers = @Header(name = "ETag", description = NEW_ETAG),
      content = @Content(schema = @Schema(implementation = ResultView.class)))
  public Response replace(
      @Parameter(description = OpenApiDocs.PROJECT_ID) @PathParam("id") UUID id,
      @Parameter(description = "Result id") @PathParam("resultId") UUID resultId,
      @Parameter(description = OpenApiDocs.IF_MATCH, required = true) @HeaderParam(IfMatch.HEADER)
          String ifMatch,
      @Valid ResultRequest request) {
    var actor = permissions.requireWriter();
    AtVersion<ResultView> replaced =
        results.replace(id, resultId, IfMatch.require(ifMatch), request, actor);
    return tagged(Response.ok(replaced.value()), replaced.version());
  }

  @DELETE
  @Path("{resultId}")
  @Operation(
      operationId = "removeProjectResult",
      summary = "Remove a result from a project",
      description = "Same permissions as changing the project. Needs the project's If-Match.")
  @APIResponse(
      responseCode = "204",
      description = "Removed; the project is published as org.sdghub.project.updated.v1",
      headers = @Header(name = "ETag", description = NEW_ETAG))
  public Response remove(
      @Parameter(description = OpenApiDocs.PROJECT_ID) @PathParam("id") UUID id,
      @Parameter(description = "Result id") @PathParam("resultId") UUID resultId,
      @Parameter(description = OpenApiDocs.IF_MATCH, required = true) @HeaderParam(IfMatch.HEADER)
          String ifMatch) {
    var actor = permissions.requireWriter();
    long version = results.remove(id, resultId, IfMatch.require(ifMatch), actor);
    return tagged(Response.noContent(), version);
  }

  private static Response tagged(Response.ResponseBuilder response, long version) {
    return response.tag(new EntityTag(Long.toString(version))).build();
  }

  /** The shape of the results list, for the OpenAPI document. */
  @Schema(name = "ResultPage")
  record ResultPage(List<ResultView> items, int page, int size, long total) {}
}
