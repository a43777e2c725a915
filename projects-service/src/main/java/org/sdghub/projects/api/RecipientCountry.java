package org.sdghub.projects.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recipient country of a project and its share. */
@Schema(description = "A recipient country and its share of the project, in percent.")
public record RecipientCountry(
    @Schema(
            description =
                "ISO 3166-1 alpha-2 (IATI Country): one of the six (AF, KG, KZ, TJ, TM, UZ), or"
                    + " another for a regional programme",
            example = "KZ",
            pattern = "^[A-Z]{2}$")
        @NotNull
        @Pattern(regexp = ApiCodes.COUNTRY_PATTERN, message = ApiCodes.COUNTRY_MESSAGE)
        String country,
    @Schema(
            description =
                "Share in percent, more than 0, at most 100, two decimals at most; the shares of"
                    + " all recipient countries sum to exactly 100",
            example = "60",
            minimum = "0",
            exclusiveMinimum = true,
            maximum = "100")
        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 2)
        BigDecimal percentage) {}
