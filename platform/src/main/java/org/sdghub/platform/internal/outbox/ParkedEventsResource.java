package org.sdghub.platform.internal.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sdghub.platform.NotFound;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;
import org.sdghub.platform.ParkedEvent;
import org.sdghub.platform.ParkedEvents;
import org.sdghub.platform.Role;

/**
 * Lets the centre's operators see the outbox rows the relay parked and hand them back to it once
 * fixed. Internal: served by each service, not routed by the gateway, left out of the public API
 * document.
 */
@Path("/internal/parked-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.COORDINATOR_NAME)
public class ParkedEventsResource {

  /** The answer to a replay of every parked row. */
  public record Replayed(int replayed) {}

  private final ParkedEvents parked;

  ParkedEventsResource(ParkedEvents parked) {
    this.parked = parked;
  }

  @GET
  @Operation(hidden = true)
  public Page<ParkedEvent> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    return parked.list(PageRequest.of(page, size, null, Map.of()));
  }

  @GET
  @Path("{id}")
  @Operation(hidden = true)
  public ParkedEvent get(@PathParam("id") long id) {
    return parked.find(id).orElseThrow(() -> notFound(id));
  }

  /** 202: the row is the relay's again and goes out with its next batch. */
  @POST
  @Path("{id}/replay")
  @Operation(hidden = true)
  public Response replay(@PathParam("id") long id) {
    try {
      parked.replay(id);
    } catch (NoSuchElementException e) {
      throw notFound(id);
    }
    return Response.accepted().build();
  }

  /** 202 with how many rows were handed back to the relay. */
  @POST
  @Path("replay")
  @Operation(hidden = true)
  public Response replayAll() {
    return Response.accepted(new Replayed(parked.replayAll())).build();
  }

  private static NotFound notFound(long id) {
    return NotFound.of("parked event", id);
  }
}
