package org.sdghub.projects.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    @Schema(maxItems = 100) @Size(max = 100) List<@NotNull @Valid Actual> actuals) {}
