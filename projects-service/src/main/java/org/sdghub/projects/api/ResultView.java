package org.sdghub.projects.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sdghub.projects.api.ResultDetails.Baseline;
import org.sdghub.projects.api.ResultDetails.Period;

/** A result of a project as clients see it. */
@Schema(description = "A result of a project: what it measures, from where, to where, so far.")
public record ResultView(
    @Schema(description = "The result's id within its project") UUID id,
    LocalisedText title,
    Indicator indicator,
    @Schema(nullable = true) String unit,
    @Schema(nullable = true) Measure baseline,
    @Schema(nullable = true) Measure target,
    List<Actual> actuals,
    @Schema(
            enumeration = {"output", "outcome", "impact", "other"},
            nullable = true)
        String type,
    @Schema(
            enumeration = {"unit", "percentage", "nominal", "ordinal", "qualitative"},
            nullable = true)
        String measure,
    @Schema(nullable = true) Boolean ascending,
    List<Baseline> baselines,
    List<Period> periods) {}
