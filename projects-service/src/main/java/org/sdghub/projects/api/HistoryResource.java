package org.sdghub.projects.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;
import org.sdghub.projects.service.HistoryService;
import org.sdghub.projects.service.Permissions;

/** A project's history over HTTP: every version, who made it and what changed. */
@Path(ProjectResource.PATH + "/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
@SecurityRequirement(name = OpenApiDocs.SECURITY_SCHEME)
public class HistoryResource {

  private final HistoryService history;
  private final Permissions permissions;

  HistoryResource(HistoryService history, Permissions permissions) {
    this.history = history;
    this.permissions = permissions;
  }

  @GET
  @Operation(
      operationId = "getProjectHistory",
      summary = "A project's history",
      description =
          "Every authenticated caller. Each version, oldest first: when, who (the caller's"
              + " organisation and roles), the event it published, and each changed field with"
              + " its old and new value (objects compared field by field, lists whole).")
  @APIResponse(
      responseCode = "200",
      description = "One page: {items, page, size, total}",
      content =
          @Content(
              schema = @Schema(implementation = HistoryPage.class),
              examples = @ExampleObject(name = "later end", value = ApiExamples.HISTORY)))
  public Page<HistoryEntry> get(
      @Parameter(description = OpenApiDocs.PROJECT_ID) @PathParam("id") UUID id,
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
    return history.of(id, PageRequest.of(page, size, null, Map.of()));
  }

  /** The shape of a page of history, for the OpenAPI document. */
  @Schema(name = "HistoryPage")
  record HistoryPage(List<HistoryEntry> items, int page, int size, long total) {}
}
