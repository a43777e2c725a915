package org.sdghub.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partial change of a subscription: what is absent (or null) stays as it is. {@code "enabled":
 * true} enables a disabled subscription again; its pending messages then go out.
 */
@Schema(name = "WebhookSubscriptionPatch")
public record SubscriptionPatch(
    @Size(min = 1, max = 2048) String url,
    @Size(min = 1, max = 20) List<@NotBlank String> eventTypes,
    @Size(max = 500) String description,
    @Valid SubscriptionFilters filters,
    Boolean enabled) {}
