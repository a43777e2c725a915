package org.sdghub.platform.testing.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.sdghub.platform.Caller;
import org.sdghub.platform.Idempotent;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;
import org.sdghub.platform.QueryParams;
import org.sdghub.platform.StrictJson;
import org.sdghub.platform.testing.http.WidgetApi.NewWidget;
import org.sdghub.platform.testing.http.WidgetApi.WidgetChange;
import org.sdghub.platform.testing.http.WidgetApi.WidgetView;

/** Test-only resource using every HTTP convention the way a service resource does. */
@Path("/api/test/widgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WidgetResource {

  private final WidgetService widgets;
  private final Caller caller;
  private final StrictJson json;

  static final String MERGE_PATCH_JSON = "application/merge-patch+json";

  WidgetResource(WidgetService widgets, Caller caller, StrictJson json) {
    this.widgets = widgets;
    this.caller = caller;
    this.json = json;
  }

  @POST
  @Idempotent
  public Response create(@Valid NewWidget request) {
    WidgetView created = widgets.create(request, caller.organisationId());
    return Response.created(URI.create("/api/test/widgets/" + created.id()))
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  public WidgetView get(@PathParam("id") UUID id) {
    return widgets.find(id);
  }

  @PUT
  @Path("{id}")
  public WidgetView update(
      @PathParam("id") UUID id,
      @HeaderParam(IfMatch.HEADER) String ifMatch,
      @Valid WidgetChange change) {
    return widgets.update(id, IfMatch.require(ifMatch), change);
  }

  /** A JSON Merge Patch of the name and rank, read as text as the services read theirs. */
  @PATCH
  @Path("{id}")
  @Consumes(MERGE_PATCH_JSON)
  public WidgetView patch(
      @PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch, String patch) {
    WidgetView current = widgets.find(id);
    ObjectMapper mapper = json.mapper();
    try {
      ObjectNode merged = mapper.valueToTree(new WidgetChange(current.name(), current.rank()));
      mapper.readTree(patch).fields().forEachRemaining(f -> merged.set(f.getKey(), f.getValue()));
      return widgets.update(
          id, IfMatch.require(ifMatch), mapper.treeToValue(merged, WidgetChange.class));
    } catch (JsonProcessingException e) {
      throw new InvalidInput("body", "is not a widget change");
    }
  }

  @GET
  public Page<WidgetView> list(
      @QueryParam("batch") String batch,
      @QueryParam(QueryParams.UPDATED_SINCE) String updatedSince,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    PageRequest request = PageRequest.of(page, size, sort, WidgetService.SORTABLE);
    return widgets.list(batch, QueryParams.updatedSince(updatedSince), request);
  }
}
