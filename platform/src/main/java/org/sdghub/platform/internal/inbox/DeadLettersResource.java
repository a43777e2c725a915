package org.sdghub.platform.internal.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sdghub.platform.Conflict;
import org.sdghub.platform.DeadLetter;
import org.sdghub.platform.DeadLetters;
import org.sdghub.platform.NotFound;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;
import org.sdghub.platform.Role;

/**
 * Lets the centre's operators see the events a service parked and replay them once fixed. Internal:
 * served by each service, not routed by the gateway, left out of the public API document.
 */
@Path("/internal/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.COORDINATOR_NAME)
public class DeadLettersResource {

  private final DeadLetters deadLetters;

  DeadLettersResource(DeadLetters deadLetters) {
    this.deadLetters = deadLetters;
  }

  @GET
  @Operation(hidden = true)
  public Page<DeadLetter> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    return deadLetters.list(PageRequest.of(page, size, null, Map.of()));
  }

  /** Replays every dead letter; 200 with how many went through and how many failed again. */
  @POST
  @Path("replay")
  @Operation(hidden = true)
  public DeadLetters.Replayed replayAll() {
    return deadLetters.replayAll();
  }

  @GET
  @Path("{id}")
  @Operation(hidden = true)
  public DeadLetter get(@PathParam("id") long id) {
    return deadLetters.find(id).orElseThrow(() -> notFound(id));
  }

  /** 204 when the event went through and the dead letter is gone, 409 when it failed again. */
  @POST
  @Path("{id}/replay")
  @Operation(hidden = true)
  public void replay(@PathParam("id") long id) {
    boolean replayed;
    try {
      replayed = deadLetters.replay(id);
    } catch (NoSuchElementException e) {
      throw notFound(id);
    }
    if (!replayed) {
      throw new Conflict("Dead letter " + id + " failed again and stays parked; see its error.");
    }
  }

  private static NotFound notFound(long id) {
    return NotFound.of("dead letter", id);
  }
}
