package org.sdghub.projects.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sdghub.projects.api.ResultDetails.Baseline;
import org.sdghub.projects.api.ResultDetails.Period;

/** The body that adds ({@code POST}) or replaces ({@code PUT}) a result of a project. */
@JsonIgnoreProperties(value = {"id"})
@Schema(description = "A result of a project, as a client writes it; id is read-only.")
public record ResultRequest(
    @NotNull @Valid LocalisedText title,
    @NotNull @Valid Indicator indicator,
    @Schema(description = "Unit of the values", example = "USD/m3", maxLength = 100)
        @Size(min = 1, max = 100)
        String unit,
    @Schema(nullable = true) @Valid Measure baseline,
    @Schema(nullable = true) @Valid Measure target,
    @Schema(maxItems = 100) @Size(max = 100) List<@NotNull @Valid Actual> actuals,
    @Schema(
            description = "IATI ResultType",
            enumeration = {"output", "outcome", "impact", "other"},
            nullable = true)
        @Pattern(
            regexp = "output|outcome|impact|other",
            message = "must be one of output, outcome, impact, other")
        String type,
    @Schema(
            description = "IATI IndicatorMeasure",
            enumeration = {"unit", "percentage", "nominal", "ordinal", "qualitative"},
            nullable = true)
        @Pattern(
            regexp = "unit|percentage|nominal|ordinal|qualitative",
            message = "must be one of unit, percentage, nominal, ordinal, qualitative")
        String measure,
    @Schema(description = "Whether a higher value is better (IATI ascending)", nullable = true)
        Boolean ascending,
    @Schema(description = "Further baselines, each for a year and a disaggregation", maxItems = 20)
        @Size(max = 20)
        List<@NotNull @Valid Baseline> baselines,
    @Schema(description = "Reporting periods with targets and actuals", maxItems = 50)
        @Size(max = 50)
        List<@NotNull @Valid Period> periods) {}
