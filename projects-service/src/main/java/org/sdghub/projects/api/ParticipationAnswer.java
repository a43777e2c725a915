package org.sdghub.projects.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation's answer to its listing in a project. */
@Schema(
    description =
        "An organisation's answer to being listed in a project: it confirms or declines (with a"
            + " note saying why), or takes its answer back (unconfirmed).")
public record ParticipationAnswer(
    @Schema(
            description =
                "The listed organisation; left out, the caller's own. Only a coordinator answers"
                    + " for another organisation.",
            nullable = true)
        UUID organisationId,
    @Schema(
            description =
                "The listing's role; left out, every listing of that organisation in the project",
            enumeration = {"funding", "accountable", "extending", "implementing"},
            nullable = true)
        @Pattern(regexp = ApiCodes.ROLE_PATTERN, message = ApiCodes.ROLE_MESSAGE)
        String role,
    @Schema(
            description = "The answer",
            enumeration = {"confirmed", "declined", "unconfirmed"},
            example = "confirmed")
        @NotNull
        @Pattern(
            regexp = "confirmed|declined|unconfirmed",
            message = "must be one of confirmed, declined, unconfirmed")
        String answer,
    @Schema(
            description = "Why; required to decline",
            nullable = true,
            maxLength = 1000,
            example = "We fund the 2025 phase only, not this one.")
        @Size(max = 1000)
        String note) {}
