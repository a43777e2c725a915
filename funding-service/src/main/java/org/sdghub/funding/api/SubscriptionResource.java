package org.sdghub.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.funding.service.SubscriptionService;
import org.sdghub.funding.service.WebhookPermissions;
import org.sdghub.platform.Idempotent;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/**
 * Donor systems' webhook subscriptions over HTTP. Donors, partners and coordinators manage them; a
 * subscription exists only for its organisation and for coordinators (404 for anybody else).
 */
@Path(SubscriptionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "gatewayToken")
@Tag(name = "Webhooks", description = "Signed webhooks to donor systems (Standard Webhooks)")
public class SubscriptionResource {

  static final String PATH = "/api/v1/webhooks/subscriptions";

  private static final Map<String, String> SORTABLE =
      Map.of("createdAt", "createdAt", "url", "url", "updatedAt", "updatedAt");

  private final SubscriptionService subscriptions;
  private final WebhookPermissions permissions;

  SubscriptionResource(SubscriptionService subscriptions, WebhookPermissions permissions) {
    this.subscriptions = subscriptions;
    this.permissions = permissions;
  }

  @POST
  @Idempotent
  @Operation(
      operationId = "createSubscription",
      summary = "Subscribe to changes",
      description =
          "An https URL of a public address (loopback, private, link-local, metadata, CGNAT and"
              + " multicast addresses are refused, also after resolving the name), the event types"
              + " wanted and optional filters. Without filters the organisation hears of its own"
              + " transactions and of every change of the projects it funds. The answer carries"
              + " the signing secret, shown this once.")
  @APIResponse(
      responseCode = "201",
      description = "The subscription, with its signing secret shown this once",
      content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
  public Response create(@Valid @NotNull SubscriptionRequest request) {
    var manager = permissions.requireManager();
    SubscriptionView created = subscriptions.create(manager, request);
    return Response.created(URI.create(PATH + "/" + created.id())).entity(created).build();
  }

  @GET
  @Operation(
      operationId = "listSubscriptions",
      summary = "List webhook subscriptions",
      description = "The caller's organisation's; a coordinator sees every organisation's.")
  public Page<SubscriptionView> list(
      @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1 to 100 (20)") @QueryParam("size") String size,
      @Parameter(description = "The field to sort by, with ,asc or ,desc") @QueryParam("sort")
          String sort,
      @Parameter(description = "Only enabled (true) or disabled (false) ones")
          @QueryParam("enabled")
          String enabled) {
    var manager = permissions.requireManager();
    PageRequest request = PageRequest.of(page, size, sort, SORTABLE);
    return subscriptions.list(manager, booleanOf("enabled", enabled), request);
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getSubscription",
      summary = "Read a webhook subscription",
      description = "With its delivery health: when and why it was disabled, the last answer.")
  public SubscriptionView get(
      @Parameter(description = "Subscription id") @PathParam("id") UUID id) {
    return subscriptions.find(permissions.requireManager(), id);
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "updateSubscription",
      summary = "Replace a webhook subscription",
      description = "The same rules as creating one; the secret stays. Needs If-Match.")
  public SubscriptionView replace(
      @Parameter(description = "Subscription id") @PathParam("id") UUID id,
      @Parameter(description = "The version last read, from its ETag", required = true)
          @HeaderParam(IfMatch.HEADER)
          String ifMatch,
      @Valid @NotNull SubscriptionRequest request) {
    var manager = permissions.requireManager();
    return subscriptions.replace(manager, id, IfMatch.require(ifMatch), request);
  }

  @PATCH
  @Path("{id}")
  @Operation(
      operationId = "patchSubscription",
      summary = "Change part of a webhook subscription",
      description =
          "Absent fields stay as they are; {\"enabled\": true} enables a disabled subscription"
              + " again. Needs If-Match.")
  public SubscriptionView patch(
      @Parameter(description = "Subscription id") @PathParam("id") UUID id,
      @Parameter(description = "The version last read, from its ETag", required = true)
          @HeaderParam(IfMatch.HEADER)
          String ifMatch,
      @Valid @NotNull SubscriptionPatch patch) {
    var manager = permissions.requireManager();
    return subscriptions.patch(manager, id, IfMatch.require(ifMatch), patch);
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "deleteSubscription",
      summary = "Remove a webhook subscription",
      description = "With its queued messages and its delivery log. Needs If-Match.")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response delete(
      @Parameter(description = "Subscription id") @PathParam("id") UUID id,
      @Parameter(description = "The version last read, from its ETag", required = true)
          @HeaderParam(IfMatch.HEADER)
          String ifMatch) {
    var manager = permissions.requireManager();
    subscriptions.delete(manager, id, IfMatch.require(ifMatch));
    return Response.noContent().build();
  }

  @POST
  @Idempotent
  @Path("{id}/secret-rotations")
  @Operation(
      operationId = "rotateSubscriptionSecret",
      summary = "Rotate the signing secret",
      description =
          "Answers the new secret, shown this once. The old one keeps signing until"
              + " previousSecretExpiresAt (sdghub.webhooks.rotation-overlap, 24 h by default):"
              + " meanwhile webhook-signature carries both signatures, space-separated.")
  @APIResponse(
      responseCode = "200",
      description = "The new secret, shown this once",
      content = @Content(schema = @Schema(implementation = DeliveryViews.SecretRotation.class)))
  public Response rotateSecret(
      @Parameter(description = "Subscription id") @PathParam("id") UUID id) {
    var manager = permissions.requireManager();
    return Response.ok(subscriptions.rotateSecret(manager, id)).build();
  }

  static Boolean booleanOf(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidInput(name, "must be true or false");
    };
  }
}
