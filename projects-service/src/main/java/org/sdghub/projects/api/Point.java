package org.sdghub.projects.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A WGS 84 point. */
@Schema(description = "A point in WGS 84 degrees; it must lie within the location's country.")
public record Point(
    @Schema(example = "46.80", minimum = "-90", maximum = "90")
        @NotNull
        @DecimalMin("-90")
        @DecimalMax("90")
        Double lat,
    @Schema(example = "61.67", minimum = "-180", maximum = "180")
        @NotNull
        @DecimalMin("-180")
        @DecimalMax("180")
        Double lon) {}
