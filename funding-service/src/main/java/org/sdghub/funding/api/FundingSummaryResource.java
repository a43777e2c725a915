package org.sdghub.funding.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.funding.service.Grouping;
import org.sdghub.funding.service.Permissions;
import org.sdghub.funding.service.SummaryService;
import org.sdghub.platform.InvalidInput;

/** Funding figures and gaps: of one project, or grouped over the region. */
@Path("/api/v1/funding")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding summaries", description = "Budget, pledged, committed, disbursed, gap")
@SecurityRequirement(name = OpenApiDocs.SECURITY_SCHEME)
public class FundingSummaryResource {

  private final SummaryService summaries;
  private final Permissions permissions;

  FundingSummaryResource(SummaryService summaries, Permissions permissions) {
    this.summaries = summaries;
    this.permissions = permissions;
  }

  @GET
  @Path("projects/{projectId}")
  @Operation(
      operationId = "getProjectFunding",
      summary = "A project's funding",
      description = "Every authenticated caller. " + OpenApiDocs.FIGURES)
  @APIResponse(responseCode = "200", description = "Its budget, figures and gap, and per country")
  public ProjectFundingView project(
      @Parameter(description = "Project id") @PathParam("projectId") UUID projectId) {
    permissions.requireReader();
    return summaries.project(projectId);
  }

  @GET
  @Path("summary")
  @Operation(
      operationId = "getFundingSummary",
      summary = "Funding summary, grouped",
      description =
          "Every authenticated caller. Groups by donor (provider), receiver, country, sdgGoal"
              + " (each goal of a project gets its whole figures), project or year (of the value"
              + " date); the filters are the transaction list's. "
              + OpenApiDocs.FIGURES)
  @APIResponse(responseCode = "200", description = "The figures per group and in total")
  public org.sdghub.funding.api.SummaryView summary(
      @Parameter(
              description = "donor, receiver, country, sdgGoal, project or year",
              required = true)
          @QueryParam("groupBy")
          String groupBy,
      @BeanParam Filters filters) {
    permissions.requireReader();
    if (groupBy == null || groupBy.isBlank()) {
      throw new InvalidInput(
          "groupBy", "is required: donor, receiver, country, sdgGoal, project or year");
    }
    return summaries.summary(Grouping.parse(groupBy.trim()), filters.query());
  }
}
