package org.sdghub.platform.testing.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Test-only endpoints that fail the ways the platform must answer safely. */
@Path("/api/test/problems")
public class ProblemsResource {

  /** What a careless error would leak. */
  static final String SECRET = "password=hunter2 at jdbc:postgresql://db.internal";

  @GET
  @Path("unexpected")
  public String unexpected() {
    throw new IllegalStateException(SECRET);
  }

  @POST
  @Path("not-idempotent")
  public Response notIdempotent() {
    return Response.noContent().build();
  }
}
