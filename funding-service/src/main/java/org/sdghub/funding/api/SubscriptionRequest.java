package org.sdghub.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new subscription, or the whole of one that replaces it (PUT). */
@Schema(name = "WebhookSubscriptionRequest")
public record SubscriptionRequest(
    @Schema(
            description = "Where messages are POSTed: an https URL of a public address",
            example = "https://donor.example.org/sdghub/webhooks")
        @NotBlank
        @Size(max = 2048)
        String url,
    @Schema(description = "Event types wanted", example = "[\"org.sdghub.project.updated.v1\"]")
        @NotEmpty
        @Size(max = 20)
        List<@NotBlank String> eventTypes,
    @Schema(description = "What the subscription is for") @Size(max = 500) String description,
    @Valid SubscriptionFilters filters) {

  public SubscriptionRequest {
    filters = filters == null ? SubscriptionFilters.NONE : filters;
  }
}
