package org.sdghub.partners.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Enough of an organisation to recognise it in a list of pairs. */
@Schema(description = "An organisation, briefly.")
public record OrganisationSummary(
    UUID id,
    @Schema(nullable = true, maxLength = 150, example = "XM-DAC-41114") String identifier,
    @Schema(description = "English name", example = "United Nations Development Programme")
        String name,
    @Schema(nullable = true, example = "UNDP") String acronym,
    @Schema(example = "US") String headquartersCountry) {}
