package org.sdghub.projects.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sector of an IATI sector vocabulary and the project's share in it. */
@Schema(
    description =
        "A sector and the project's share in it, in percent: the shares of one vocabulary sum to"
            + " 100 (a vocabulary with a single sector may leave its percentage out).")
public record SectorShare(
    @Schema(
            description =
                "IATI SectorVocabulary: 1 OECD DAC 5-digit, 2 OECD DAC 3-digit, 7 SDG goal, 8 SDG"
                    + " target, 99 the reporting organisation's own",
            enumeration = {"1", "2", "7", "8", "99"},
            example = "1")
        @NotNull
        @Pattern(regexp = "1|2|7|8|99", message = "must be one of 1, 2, 7, 8, 99")
        String vocabulary,
    @Schema(
            description =
                "The code in that vocabulary: 14010 (1), 140 (2), 6 (7), 6.4 (8), any (99)",
            example = "14010",
            maxLength = 100)
        @NotBlank
        @Size(max = 100)
        String code,
    @Schema(description = "0 to 100", example = "60", nullable = true)
        @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
        @DecimalMax(value = "100", message = "must be at most 100")
        BigDecimal percentage) {}
