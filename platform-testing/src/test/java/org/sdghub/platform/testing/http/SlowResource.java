package org.sdghub.platform.testing.http;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.sdghub.platform.Caller;
import org.sdghub.platform.Idempotent;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.testing.http.WidgetApi.NewWidget;
import org.sdghub.platform.testing.http.WidgetApi.WidgetChange;
import org.sdghub.platform.testing.http.WidgetApi.WidgetView;

/** Test-only create and update that wait at the {@link SlowGate}, to be caught in flight. */
@Path("/api/test/slow-widgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlowResource {

  private final WidgetService widgets;
  private final Caller caller;

  SlowResource(WidgetService widgets, Caller caller) {
    this.widgets = widgets;
    this.caller = caller;
  }

  @POST
  @Idempotent
  public Response create(@Valid NewWidget request) {
    SlowGate.pass();
    WidgetView created = widgets.create(request, caller.organisationId());
    return Response.created(URI.create("/api/test/widgets/" + created.id()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  public WidgetView update(
      @PathParam("id") UUID id,
      @HeaderParam(IfMatch.HEADER) String ifMatch,
      @Valid WidgetChange change) {
    return widgets.updateSlowly(id, IfMatch.require(ifMatch), change);
  }
}
