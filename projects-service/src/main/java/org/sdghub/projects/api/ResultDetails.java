package org.sdghub.projects.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The IATI 2.03 parts of a result: disaggregated baselines and periods with targets and actuals.
 */
public final class ResultDetails {

  private ResultDetails() {}

  /** One facet of a disaggregated value. */
  @Schema(
      name = "ResultDimension",
      description =
          "One facet of a disaggregated value: sex (female, male, other), age (a group such as"
              + " 15-24), location (an ISO 3166-2 area of the six countries), or another name.")
  public record Dimension(
      @Schema(example = "sex", maxLength = 40)
          @NotNull
          @Pattern(
              regexp = "[a-z][a-z0-9-]{0,39}",
              message = "must be a lower-case name such as sex")
          String name,
      @Schema(example = "female", maxLength = 100) @NotNull @Size(min = 1, max = 100)
          String value) {}

  /** A baseline for a year and a disaggregation. */
  @Schema(name = "ResultBaseline", description = "A baseline value in a year, disaggregated")
  public record Baseline(
      @Schema(example = "2023") int year,
      @NotNull BigDecimal value,
      @Schema(maxItems = 5) @Size(max = 5) List<@NotNull @Valid Dimension> dimensions) {}

  /** A value targeted or achieved in a period. */
  @Schema(name = "ResultPeriodValue", description = "A value targeted or achieved, disaggregated")
  public record PeriodValue(
      @NotNull BigDecimal value,
      @Schema(maxItems = 5) @Size(max = 5) List<@NotNull @Valid Dimension> dimensions) {}

  /** A reporting period with both what was targeted and what was achieved. */
  @Schema(
      name = "ResultPeriod",
      description =
          "A reporting period of a result with its targets and actuals (each disaggregated or"
              + " not); within the project's dates, its end not before its start.")
  public record Period(
      @NotNull LocalDate periodStart,
      @NotNull LocalDate periodEnd,
      @Schema(maxItems = 20) @Size(max = 20) List<@NotNull @Valid PeriodValue> targets,
      @Schema(maxItems = 20) @Size(max = 20) List<@NotNull @Valid PeriodValue> actuals) {}
}
