package org.sdghub.projects.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coordinator's change of a project's IATI identifier, with its reason. */
@Schema(
    description =
        "A new IATI identifier for a project (null or left out: none, allowed only when the"
            + " reporting organisation has no IATI organisation identifier), optionally with a"
            + " new reporting organisation, and why.")
public record IdentifierChange(
    @Schema(
            description = "The new IATI activity identifier; same rules as on create",
            nullable = true,
            maxLength = 150,
            example = "XM-DAC-41114-KZ-00124")
        @Size(min = 1, max = 150)
        @Pattern(regexp = ApiCodes.ACTIVITY_ID_PATTERN, message = ApiCodes.ACTIVITY_ID_MESSAGE)
        String iatiIdentifier,
    @Schema(
            description =
                "A new reporting organisation, for a project handed over with its identifier;"
                    + " left out, the current one",
            nullable = true)
        UUID reportingOrganisationId,
    @Schema(
            description = "Why, kept in the project's history",
            maxLength = 1000,
            example = "The agency registered its IATI organisation identifier")
        @NotBlank
        @Size(max = 1000)
        String reason) {}
