package org.sdghub.gateway.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.gateway.domain.ReadModelRebuilt;
import org.sdghub.gateway.domain.ReadModelStatus;
import org.sdghub.gateway.service.ReadModelFreshness;
import org.sdghub.gateway.service.ReadModelRebuild;
import org.sdghub.platform.Role;

/** How current the who-what-where read model is, and its rebuild from the topics. */
@Path("/api/v1/who-what-where")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "who-what-where")
@PerKeyRateLimited
public class ReadModelResource {

  private final ReadModelFreshness freshness;
  private final ReadModelRebuild rebuild;

  ReadModelResource(ReadModelFreshness freshness, ReadModelRebuild rebuild) {
    this.freshness = freshness;
    this.rebuild = rebuild;
  }

  @GET
  @Path("status")
  @Operation(
      operationId = "getReadModelStatus",
      summary = "How current the read model is: asOf and the lag per topic")
  public ReadModelStatus status() {
    return freshness.status();
  }

  @POST
  @Path("rebuild")
  @RolesAllowed(Role.COORDINATOR_NAME)
  @Operation(
      operationId = "rebuildReadModel",
      summary = "Rebuild the read model by replaying the topics",
      description = OpenApiText.REBUILD)
  public ReadModelRebuilt rebuild() {
    return rebuild.rebuild();
  }
}
