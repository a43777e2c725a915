package org.sdghub.partners.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.partners.service.Permissions;
import org.sdghub.partners.service.ProposalService;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/** The coordinators' review queue: organisations partners proposed, with their look-alikes. */
@Path(OrganisationResource.PATH + "/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
@SecurityRequirement(name = OpenApiDocs.SECURITY_SCHEME)
public class ProposalsResource {

  private final ProposalService proposals;
  private final Permissions permissions;

  ProposalsResource(ProposalService proposals, Permissions permissions) {
    this.proposals = proposals;
    this.permissions = permissions;
  }

  @GET
  @Operation(
      operationId = "listOrganisationProposals",
      summary = "List proposed organisations awaiting review",
      description =
          "Coordinators only. The organisations partners proposed that no coordinator has"
              + " confirmed, merged or archived yet, oldest first, each with its duplicate"
              + " candidates: current organisations it looks like exactly (same identifier,"
              + " name key, or acronym and country) or nearly (close names of the same"
              + " headquarters country, with their similarity). Confirm one with POST"
              + " /organisations/{id}/confirm, or merge it with POST /organisations/{id}/merge.")
  @APIResponse(
      responseCode = "200",
      description = "One page of proposals: {items, page, size, total}",
      content =
          @Content(
              schema = @Schema(implementation = ProposalPage.class),
              examples = @ExampleObject(name = "one proposal", value = ApiExamples.PROPOSALS)))
  public Page<OrganisationProposal> list(
      @Parameter(
              description = "0-based page number",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Page size",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "20"))
          @QueryParam("size")
          String size) {
    permissions.requireCoordinator();
    // The order is fixed (oldest first), so no sort parameter is offered.
    return proposals.queue(PageRequest.of(page, size, null, Map.of()));
  }

  /** The shape of a page of proposals, for the OpenAPI document. */
  @Schema(name = "OrganisationProposalPage")
  record ProposalPage(List<OrganisationProposal> items, int page, int size, long total) {}
}
