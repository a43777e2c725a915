package org.sdghub.partners.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.sdghub.partners.service.MergeService;
import org.sdghub.partners.service.Permissions;
import org.sdghub.platform.Idempotent;
import org.sdghub.platform.IfMatch;

/** A coordinator merges a duplicate organisation into the one that survives. */
@Path(OrganisationResource.PATH + "/{id}/merge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
@SecurityRequirement(name = OpenApiDocs.SECURITY_SCHEME)
public class MergeResource {

  private final MergeService merges;
  private final Permissions permissions;

  MergeResource(MergeService merges, Permissions permissions) {
    this.merges = merges;
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
      operationId = "mergeOrganisation",
      summary = "Merge a duplicate into another organisation",
      description =
          "Coordinators only; If-Match is the duplicate's ETag. In one transaction the survivor"
              + " (into) gains as aliases every name, the acronym and the aliases of the"
              + " duplicate, records its IATI identifier in formerIdentifiers, takes over its"
              + " contacts, and is published as org.sdghub.organisation.updated.v1; the"
              + " duplicate is archived with mergedInto = the survivor and published as"
              + " org.sdghub.organisation.merged.v1. The duplicate stays readable (status"
              + " archived, mergedInto), and its identifier stays taken.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = MergeRequest.class),
              examples = @ExampleObject(name = "merge", value = ApiExamples.MERGE)))
  @APIResponse(
      responseCode = "200",
      description = "Merged: the duplicate, archived, with mergedInto",
      headers = @Header(name = "ETag", description = "The duplicate's new version"),
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid input: reason missing, into missing, unknown, or the duplicate itself",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description =
          "The duplicate is already merged (organisation-merged) or archived"
              + " (organisation-archived), the survivor is archived or merged"
              + " (merge-target-not-current), or Idempotency-Key in progress",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "412",
      description = "If-Match names a version that is no longer current",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "428",
      description = "If-Match is required",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  public Response merge(
      @Parameter(description = "The duplicate's id") @PathParam("id") UUID id,
      @Parameter(description = "The duplicate's ETag read, e.g. \"3\"", required = true)
          @HeaderParam(IfMatch.HEADER)
          String ifMatch,
      @Valid @NotNull MergeRequest request) {
    var actor = permissions.requireCoordinator();
    return Response.ok(merges.merge(id, IfMatch.require(ifMatch), request, actor)).build();
  }
}
