package org.sdghub.projects.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recipient region of a regional programme and its share. */
@Schema(
    description =
        "A region of IATI's Region list (OECD DAC regions: 619 Central Asia, regional; 689 South"
            + " & Central Asia, regional; 798 Asia, regional…) and its share of the project, in"
            + " percent.")
public record RecipientRegion(
    @Schema(
            description = "IATI Region code (vocabulary 1)",
            example = "619",
            pattern = "^[0-9]{2,3}$")
        @NotNull
        @Pattern(regexp = "[0-9]{2,3}", message = "must be an IATI Region code such as 619")
        String region,
    @Schema(
            description =
                "Share in percent, more than 0, at most 100, two decimals at most; with the"
                    + " recipient countries' shares it sums to exactly 100",
            example = "40",
            minimum = "0",
            exclusiveMinimum = true,
            maximum = "100")
        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 2)
        BigDecimal percentage) {}
