package org.sdghub.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sdghub.funding.service.DeliveryService;
import org.sdghub.funding.service.WebhookPermissions;
import org.sdghub.platform.Idempotent;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/** A subscription's delivery log, its messages, redeliveries and pings, for its owner. */
@Path(SubscriptionResource.PATH + "/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "gatewayToken")
@Tag(name = "Webhooks")
public class DeliveryResource {

  private static final Set<String> STATES = Set.of("pending", "delivered", "failed");

  private final DeliveryService deliveries;
  private final WebhookPermissions permissions;

  DeliveryResource(DeliveryService deliveries, WebhookPermissions permissions) {
    this.deliveries = deliveries;
    this.permissions = permissions;
  }

  @GET
  @Path("deliveries")
  @Operation(
      operationId = "listDeliveries",
      summary = "The delivery log",
      description =
          "Each attempt: when, the receiver's status, how long it took, the start of its answer or"
              + " what went wrong. Oldest first; webhookId narrows it to one message.")
  public Page<DeliveryViews.Attempt> attempts(
      @Parameter(description = "Subscription id") @PathParam("id") UUID id,
      @Parameter(description = "Only this message's attempts") @QueryParam("webhookId")
          String webhookId,
      @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1 to 100 (20)") @QueryParam("size") String size,
      @Parameter(description = "The field to sort by, with ,asc or ,desc") @QueryParam("sort")
          String sort) {
    PageRequest request = PageRequest.of(page, size, sort, Map.of("attemptedAt", "attemptedAt"));
    return deliveries.attempts(permissions.requireManager(), id, webhookId, request);
  }

  @GET
  @Path("messages")
  @Operation(
      operationId = "listMessages",
      summary = "The subscription's messages",
      description =
          "Each message queued and where its delivery stands, in the order they were queued.")
  public Page<DeliveryViews.Message> messages(
      @Parameter(description = "Subscription id") @PathParam("id") UUID id,
      @Parameter(description = "pending, delivered or failed") @QueryParam("state") String state,
      @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1 to 100 (20)") @QueryParam("size") String size,
      @Parameter(description = "The field to sort by, with ,asc or ,desc") @QueryParam("sort")
          String sort) {
    if (state != null && !STATES.contains(state)) {
      throw new InvalidInput("state", "must be pending, delivered or failed");
    }
    PageRequest request = PageRequest.of(page, size, sort, Map.of("createdAt", "seq"));
    return deliveries.messages(permissions.requireManager(), id, state, request);
  }

  @POST
  @Idempotent
  @Path("messages/{webhookId}/redeliveries")
  @Operation(
      operationId = "redeliverMessage",
      summary = "Deliver one message again",
      description =
          "From the first attempt of the schedule, with the same webhook-id. 409 if disabled.")
  @APIResponse(
      responseCode = "202",
      description = "The message is queued again",
      content = @Content(schema = @Schema(implementation = DeliveryViews.Redelivery.class)))
  public Response redeliver(
      @Parameter(description = "Subscription id") @PathParam("id") UUID id,
      @Parameter(description = "The message's webhook-id") @PathParam("webhookId")
          String webhookId) {
    var manager = permissions.requireManager();
    return Response.accepted(deliveries.redeliver(manager, id, webhookId)).build();
  }

  @POST
  @Idempotent
  @Path("redeliveries")
  @Operation(
      operationId = "redeliverMessagesSince",
      summary = "Deliver again everything since a time",
      description = "Every message queued since then, in their order. 409 if disabled.")
  @APIResponse(
      responseCode = "202",
      description = "The messages are queued again",
      content = @Content(schema = @Schema(implementation = DeliveryViews.Redelivery.class)))
  public Response redeliverSince(
      @Parameter(description = "Subscription id") @PathParam("id") UUID id,
      @Valid @NotNull DeliveryViews.RedeliverSince request) {
    var manager = permissions.requireManager();
    return Response.accepted(deliveries.redeliverSince(manager, id, request.since())).build();
  }

  @POST
  @Idempotent
  @Path("test")
  @Operation(
      operationId = "pingSubscription",
      summary = "Ping the receiver",
      description =
          "Queues a webhook.test message, signed and delivered like any other. 409 if disabled.")
  @APIResponse(
      responseCode = "202",
      description = "The test message is queued",
      content = @Content(schema = @Schema(implementation = DeliveryViews.Ping.class)))
  public Response ping(@Parameter(description = "Subscription id") @PathParam("id") UUID id) {
    return Response.accepted(deliveries.ping(permissions.requireManager(), id)).build();
  }
}
