package org.sdghub.projects.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a status change. */
@Schema(description = "The status to move the project to, and optionally why.")
public record StatusChange(
    @Schema(
            description = "IATI ActivityStatus by name",
            enumeration = {
              "pipeline",
              "implementation",
              "finalisation",
              "closed",
              "cancelled",
              "suspended"
            },
            example = "implementation")
        @NotNull
        @Pattern(regexp = ApiCodes.STATUS_PATTERN, message = ApiCodes.STATUS_MESSAGE)
        String status,
    @Schema(
            description = "Why; kept in the project's history",
            example = "Financing agreement signed",
            maxLength = 1000)
        @Size(min = 1, max = 1000)
        String reason,
    @Schema(
            description =
                "When the project ended: required to close a project that has no dates.actualEnd"
                    + " yet (a closed project has an actual end), and then set as its"
                    + " dates.actualEnd; not in the future",
            nullable = true,
            example = "2025-11-30")
        LocalDate actualEnd) {}
