package org.sdghub.projects.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a project works, within one of its recipient countries. */
@Schema(
    description =
        "A place of the project: a first-level area of one of its recipient countries, optionally"
            + " a place name and a point within that country.")
public record Location(
    @Schema(description = "One of the project's recipient countries", example = "KZ")
        @NotNull
        @Pattern(regexp = ApiCodes.COUNTRY_PATTERN, message = ApiCodes.COUNTRY_MESSAGE)
        String country,
    @Schema(
            description =
                "ISO 3166-2 first-level area of that country (see /reference/admin-areas)",
            example = "KZ-43",
            pattern = "^[A-Z]{2}-[A-Z0-9]{1,3}$")
        @NotNull
        @Pattern(regexp = ApiCodes.AREA_PATTERN, message = ApiCodes.AREA_MESSAGE)
        String adminArea,
    @Schema(description = "Place name", example = "Aralsk", maxLength = 200, nullable = true)
        @Size(min = 1, max = 200)
        String name,
    @Schema(nullable = true) @Valid Point point) {}
