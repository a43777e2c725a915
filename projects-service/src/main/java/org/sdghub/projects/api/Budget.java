package org.sdghub.projects.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A planned budget: an amount and its currency. The amount is a decimal string, so that no client
 * reads it through a binary floating point number.
 */
@Schema(description = "The planned budget: a decimal amount as a string, and its currency.")
public record Budget(
    @Schema(
            description =
                "0 or more, at most 15 digits before and 2 after the decimal point; reads give two"
                    + " decimals. A JSON number is accepted too.",
            example = "2500000.00",
            pattern = "^[0-9]{1,15}(\\.[0-9]{1,2})?$")
        @NotNull
        @Pattern(
            regexp = "[0-9]{1,15}(\\.[0-9]{1,2})?",
            message = "must be a decimal amount of 0 or more, with at most 2 decimals")
        String amount,
    @Schema(description = "ISO 4217", example = "USD", pattern = "^[A-Z]{3}$")
        @NotNull
        @Pattern(regexp = ApiCodes.CURRENCY_PATTERN, message = ApiCodes.CURRENCY_MESSAGE)
        String currency) {}
