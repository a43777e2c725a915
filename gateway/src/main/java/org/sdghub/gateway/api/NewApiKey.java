package org.sdghub.gateway.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A coordinator's request for a new API key; {@code requestsPerMinute} overrides the gateway's
 * default rate limit for this key.
 */
public record NewApiKey(
    @NotNull UUID organisationId,
    @NotBlank @Size(max = 100) String name,
    @NotEmpty
        List<
                @NotNull
                @Pattern(
                    regexp = "coordinator|partner|donor|viewer",
                    message = "must be one of coordinator, partner, donor, viewer")
                String>
            roles,
    @Positive @Max(100_000) Integer requestsPerMinute) {}
