package org.sdghub.gateway.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.gateway.domain.OverlapView;
import org.sdghub.gateway.domain.ReadModelStatus;
import org.sdghub.gateway.domain.WhoWhatWhereQuery;
import org.sdghub.gateway.service.CoordinationService;
import org.sdghub.gateway.service.ReadModelFreshness;
import org.sdghub.platform.Caller;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.PageRequest;
import org.sdghub.platform.Role;

/** What coordinators look for across the region: overlapping projects and uncovered targets. */
@Path("/api/v1/coordination")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "coordination", description = "Overlaps between projects and gaps in coverage")
@PerKeyRateLimited
public class CoordinationResource {

  private static final Set<String> PAGING = Set.of("page", "size");

  private final CoordinationService coordination;
  private final ReadModelFreshness freshness;
  private final Caller caller;

  CoordinationResource(
      CoordinationService coordination, ReadModelFreshness freshness, Caller caller) {
    this.coordination = coordination;
    this.freshness = freshness;
    this.caller = caller;
  }

  @GET
  @Path("overlaps")
  @Operation(
      operationId = "listOverlaps",
      summary = "Pairs and clusters of active projects that may duplicate each other",
      description = OpenApiText.OVERLAPS)
  public CoordinationAnswers.Overlaps overlaps(@Context UriInfo uri) {
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    WhoWhatWhereQuery query = WhoWhatWhereParams.read(params, PAGING);
    PageRequest page =
        PageRequest.of(params.getFirst("page"), params.getFirst("size"), null, Map.of());
    ReadModelStatus status = freshness.status();
    List<OverlapView> all = coordination.overlaps(query);
    return new CoordinationAnswers.Overlaps(
        CoordinationAnswers.Paging.slice(all, page.page(), page.size()).stream()
            .map(CoordinationAnswers.Pair::of)
            .toList(),
        page.page(),
        page.size(),
        all.size(),
        CoordinationService.clusters(all),
        status.asOf(),
        status.topics());
  }

  @PUT
  @Path("overlaps/{projectA}/{projectB}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.COORDINATOR_NAME)
  @Operation(
      operationId = "reviewOverlap",
      summary = "Mark an overlapping pair as reviewed: complementary or duplicate",
      description =
          "The mark holds until one of the projects changes in a way that changes the"
              + " pair's reasons (shared targets, areas, dates of overlap, shared funders); the pair"
              + " then shows again without a review. 404 when the projects do not overlap now.")
  public CoordinationAnswers.Pair review(
      @PathParam("projectA") UUID a,
      @PathParam("projectB") UUID b,
      @Valid @NotNull CoordinationAnswers.ReviewRequest request) {
    return CoordinationAnswers.Pair.of(
        coordination.review(a, b, request.verdict(), request.note(), caller.subject()));
  }

  @GET
  @Path("gaps")
  @Operation(
      operationId = "listCoverageGaps",
      summary = "SDG targets with no active project in an area or country; funding gaps",
      description = OpenApiText.GAPS)
  public CoordinationAnswers.Gaps gaps(@Context UriInfo uri) {
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    WhoWhatWhereQuery query = WhoWhatWhereParams.read(params, Set.of("page", "size", "level"));
    String level = params.getFirst("level") == null ? "area" : params.getFirst("level");
    if (!level.equals("area") && !level.equals("country")) {
      throw new InvalidInput("level", "must be area or country");
    }
    PageRequest page =
        PageRequest.of(params.getFirst("page"), params.getFirst("size"), null, Map.of());
    boolean byCountry = level.equals("country");
    return CoordinationAnswers.Gaps.of(
        coordination.gaps(query, byCountry),
        coordination.fundingGaps(query, byCountry),
        page.page(),
        page.size(),
        level,
        freshness.status());
  }
}
