package org.sdghub.partners.api;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.partners.service.Permissions;
import org.sdghub.partners.service.ProposalService;
import org.sdghub.platform.Idempotent;
import org.sdghub.platform.IfMatch;

/** A coordinator confirms an organisation a partner proposed. */
@Path(OrganisationResource.PATH + "/{id}/confirm")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
@SecurityRequirement(name = OpenApiDocs.SECURITY_SCHEME)
public class ConfirmResource {

  private final ProposalService proposals;
  private final Permissions permissions;

  ConfirmResource(ProposalService proposals, Permissions permissions) {
    this.proposals = proposals;
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
      operationId = "confirmOrganisation",
      summary = "Confirm a proposed organisation",
      description =
          "Coordinators only. The organisation a partner proposed becomes an organisation like"
              + " any other: proposedBy becomes null (its proposer no longer edits it). Needs"
              + " If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Confirmed; published as org.sdghub.organisation.updated.v1",
      headers = @Header(name = "ETag", description = "The new version"),
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "Not a proposal (type not-a-proposal), archived, or Idempotency-Key in progress",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "412",
      description = "If-Match names a version that is no longer current",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "428",
      description = "If-Match is required",
      content = @Content(mediaType = OpenApiDocs.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
  public Response confirm(
      @Parameter(description = "Organisation id") @PathParam("id") UUID id,
      @Parameter(description = "The ETag read, e.g. \"3\"", required = true)
          @HeaderParam(IfMatch.HEADER)
          String ifMatch) {
    permissions.requireCoordinator();
    return Response.ok(proposals.confirm(id, IfMatch.require(ifMatch))).build();
  }
}
