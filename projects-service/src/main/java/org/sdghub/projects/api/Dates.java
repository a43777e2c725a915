package org.sdghub.projects.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When a project runs, planned and actual; an end is never before its start. */
@Schema(
    description =
        "Planned and actual start and end (ISO 8601 dates). The planned start is required; an end"
            + " is never before its start, for planned and for actual dates. The list filters"
            + " activeOn/activeFrom/activeTo use actual dates where known, else planned.")
public record Dates(
    @Schema(example = "2024-01-01") @NotNull LocalDate plannedStart,
    @Schema(example = "2027-12-31", nullable = true) LocalDate plannedEnd,
    @Schema(example = "2024-03-01", nullable = true) LocalDate actualStart,
    @Schema(nullable = true) LocalDate actualEnd) {}
