package org.sdghub.projects.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field a change touched, with its value before and after. */
@Schema(description = "A changed field: its JSON path in the project, its old and its new value.")
public record FieldChange(
    @Schema(description = "Path in the project, e.g. title.ru, dates.plannedEnd, locations")
        String field,
    @Schema(
            description = "The value before; null when there was none",
            nullable = true,
            implementation = Object.class)
        @JsonProperty("old")
        JsonNode oldValue,
    @Schema(
            description = "The value after; null when it was removed",
            nullable = true,
            implementation = Object.class)
        @JsonProperty("new")
        JsonNode newValue) {}
