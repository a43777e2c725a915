package org.sdghub.gateway.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.gateway.service.ApiKeyService;
import org.sdghub.platform.Caller;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;
import org.sdghub.platform.Role;

/** Coordinators issue, list and revoke the API keys of every organisation. */
@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.COORDINATOR_NAME)
@Tag(name = "api-keys", description = "API keys: who may call SDG Hub, for which organisation")
public class ApiKeyResource {

  private static final Map<String, String> SORTABLE =
      Map.of("createdAt", "createdAt", "name", "name", "organisationId", "organisationId");

  private final ApiKeyService keys;
  private final Caller caller;

  ApiKeyResource(ApiKeyService keys, Caller caller) {
    this.keys = keys;
    this.caller = caller;
  }

  /**
   * Not {@code @Idempotent}: a replayed response would have to be stored with the secret in it, and
   * the secret is never stored.
   */
  @POST
  @Operation(
      operationId = "issueApiKey",
      summary = "Issue an API key",
      description = "The key itself is in the response's `key` and is never shown again.")
  @APIResponse(
      responseCode = "201",
      description = "The new key, its secret in key, shown this once",
      content = @Content(schema = @Schema(implementation = IssuedApiKey.class)))
  public Response issue(@Valid @NotNull NewApiKey request) {
    IssuedApiKey issued = keys.issue(request, caller.subject());
    return Response.created(URI.create("/api/v1/api-keys/" + issued.id()))
        .entity(issued)
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Operation(operationId = "listApiKeys", summary = "List API keys, newest first by default")
  public Page<ApiKeyView> list(
      @QueryParam("organisationId") String organisationId,
      @QueryParam("active") String active,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    PageRequest request =
        PageRequest.of(page, size, sort == null ? "createdAt,desc" : sort, SORTABLE);
    return keys.list(uuid("organisationId", organisationId), flag("active", active), request);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getApiKey", summary = "One API key, without its secret")
  public ApiKeyView get(@PathParam("id") UUID id) {
    return keys.find(id);
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "revokeApiKey",
      summary = "Revoke an API key",
      description = "Refused everywhere within seconds; revoking a revoked key changes nothing.")
  public void revoke(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
    keys.revoke(id, IfMatch.require(ifMatch), caller.subject());
  }

  private static UUID uuid(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, "must be a UUID");
    }
  }

  private static boolean flag(String field, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidInput(field, "must be true or false");
    };
  }
}
