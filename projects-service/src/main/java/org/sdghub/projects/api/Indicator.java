package org.sdghub.projects.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a result measures: a global SDG indicator, or an indicator of the project's own. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    description =
        "Exactly one of sdgIndicator (a global SDG indicator code, see /reference/sdg-indicators)"
            + " and custom (the text of an indicator of the project's own).",
    example = "{\"sdgIndicator\": \"6.4.1\"}")
public record Indicator(
    @Schema(example = "6.4.1", pattern = "^[0-9]{1,2}\\.([0-9]{1,2}|[a-z])\\.[0-9]{1,2}$")
        @Pattern(regexp = ApiCodes.INDICATOR_PATTERN, message = ApiCodes.INDICATOR_MESSAGE)
        String sdgIndicator,
    @Schema(example = "Hectares under drip irrigation", maxLength = 300) @Size(min = 1, max = 300)
        String custom) {}
