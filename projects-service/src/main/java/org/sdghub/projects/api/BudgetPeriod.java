package org.sdghub.projects.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A budget for one period, as IATI's budget element has it. */
@Schema(
    description =
        "A budget for one period of at most a year (IATI budget): original or revised,"
            + " indicative or committed, its value and the date of that value.")
public record BudgetPeriod(
    @Schema(
            description = "IATI BudgetType: original (1) or revised (2)",
            enumeration = {"original", "revised"},
            example = "original")
        @NotNull
        @Pattern(regexp = "original|revised", message = "must be original or revised")
        String type,
    @Schema(
            description = "IATI BudgetStatus: indicative (1) or committed (2)",
            enumeration = {"indicative", "committed"},
            example = "committed")
        @NotNull
        @Pattern(regexp = "indicative|committed", message = "must be indicative or committed")
        String status,
    @Schema(example = "2025-01-01") @NotNull LocalDate periodStart,
    @Schema(description = "At most a year after periodStart", example = "2025-12-31") @NotNull
        LocalDate periodEnd,
    @NotNull @Valid Budget value,
    @Schema(description = "The date of the value, for conversion", example = "2025-01-01") @NotNull
        LocalDate valueDate) {}
