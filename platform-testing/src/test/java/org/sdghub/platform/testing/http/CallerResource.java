package org.sdghub.platform.testing.http;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.UUID;
import org.sdghub.platform.Caller;
import org.sdghub.platform.Role;

/** Test-only endpoints that show and check the caller's identity. */
@Path("/api/test/caller")
@Produces(MediaType.APPLICATION_JSON)
public class CallerResource {

  /** What the caller's token says. */
  record Identity(UUID organisationId, Set<Role> roles, String subject) {}

  private final Caller caller;

  CallerResource(Caller caller) {
    this.caller = caller;
  }

  @GET
  public Identity whoAmI() {
    return new Identity(caller.organisationId(), caller.roles(), caller.subject());
  }

  @GET
  @Path("partners-only")
  public String partnersOnly() {
    caller.requireRole(Role.PARTNER, Role.COORDINATOR);
    return "welcome";
  }

  @GET
  @Path("organisations/{id}")
  public String organisationOnly(@PathParam("id") UUID organisation) {
    caller.requireOrganisation(organisation);
    return "welcome";
  }

  @GET
  @Path("coordinators-only")
  @RolesAllowed(Role.COORDINATOR_NAME)
  public String coordinatorsOnly() {
    return "welcome";
  }
}
