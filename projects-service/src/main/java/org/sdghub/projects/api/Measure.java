package org.sdghub.projects.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value of a result's indicator in a year (a baseline or a target). */
@Schema(description = "A value in a year.")
public record Measure(
    @Schema(example = "2023", minimum = "1990", maximum = "2100") @NotNull @Min(1990) @Max(2100)
        Integer year,
    @Schema(example = "1.8", description = "At most 15 digits before and 6 after the point")
        @NotNull
        @Digits(integer = 15, fraction = 6)
        BigDecimal value) {}
