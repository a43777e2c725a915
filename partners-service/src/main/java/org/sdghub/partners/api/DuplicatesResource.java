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
import org.sdghub.partners.service.DuplicateService;
import org.sdghub.partners.service.Permissions;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/**
 * The likely and possible duplicates already in the registry, for coordinators to merge or tell
 * apart.
 */
@Path(OrganisationResource.PATH + "/duplicates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
@SecurityRequirement(name = OpenApiDocs.SECURITY_SCHEME)
public class DuplicatesResource {

  private final DuplicateService duplicates;
  private final Permissions permissions;

  DuplicatesResource(DuplicateService duplicates, Permissions permissions) {
    this.duplicates = duplicates;
    this.permissions = permissions;
  }

  @GET
  @Operation(
      operationId = "listDuplicateOrganisations",
      summary = "List likely duplicates",
      description =
          "Every authenticated caller. Pairs of active organisations that share a normalised name"
              + " or alias (any language or script; government bodies only within one country)"
              + " or an acronym with the same headquarters country, and pairs of the same"
              + " headquarters country whose names are close (similar-name, with the trigram"
              + " similarity found when one of them was last written), with every reason; pairs a"
              + " coordinator declared different (with allowDuplicateOf) are left out. Ordered by"
              + " the English names.")
  @APIResponse(
      responseCode = "200",
      description = "One page of pairs: {items, page, size, total}",
      content =
          @Content(
              schema = @Schema(implementation = DuplicatePairPage.class),
              examples = @ExampleObject(name = "one pair", value = ApiExamples.DUPLICATE_PAIRS)))
  public Page<DuplicatePair> list(
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
    permissions.requireReader();
    // The order is fixed (by names), so no sort parameter is offered.
    return duplicates.list(PageRequest.of(page, size, null, Map.of()));
  }

  /** The shape of a page of pairs, for the OpenAPI document. */
  @Schema(name = "DuplicatePairPage")
  record DuplicatePairPage(List<DuplicatePair> items, int page, int size, long total) {}
}
