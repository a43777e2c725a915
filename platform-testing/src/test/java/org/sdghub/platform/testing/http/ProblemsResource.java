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

  /** What Hibernate throws when the pool has no connection free within its acquisition timeout. */
  @GET
  @Path("no-connection")
  public String noConnection() {
    throw new org.hibernate.exception.JDBCConnectionException(
        "Unable to acquire JDBC Connection",
        new java.sql.SQLException("Sorry, acquisition timeout!"));
  }

  /** What the driver throws when the database is away (SQL state 08001). */
  @GET
  @Path("database-away")
  public String databaseAway() {
    throw new IllegalStateException(
        "wrapped", new java.sql.SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
  }

  @POST
  @Path("not-idempotent")
  public Response notIdempotent() {
    return Response.noContent().build();
  }
}
