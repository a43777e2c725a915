package org.sdghub.projects.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value of a result's indicator achieved over a period. */
@Schema(description = "A value achieved over a period; the period's end is not before its start.")
public record Actual(
    @Schema(example = "2024-01-01") @NotNull LocalDate periodStart,
    @Schema(example = "2024-12-31") @NotNull LocalDate periodEnd,
    @Schema(example = "1.95") @NotNull @Digits(integer = 15, fraction = 6) BigDecimal value) {}
