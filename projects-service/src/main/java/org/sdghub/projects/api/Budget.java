package org.sdghub.projects.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A planned budget: an amount and its currency. The amount is a decimal string, so that no client
 * reads it through a binary floating point number.
 */
@Schema(description = "An amount of money: a decimal amount as a string, and its currency.")
public record Budget(
    @Schema(
            description =
                "0 or more, at most 15 digits before the decimal point and no more decimals than"
                    + " the currency has (ISO 4217: JPY 0, KZT 2, KWD 3, CLF 4); reads give exactly the"
                    + " currency's decimals. A JSON number is accepted too.",
            example = "2500000.00",
            pattern = "^[0-9]{1,15}(\\.[0-9]{1,4})?$")
        @NotNull
        @Pattern(
            regexp = "[0-9]{1,15}(\\.[0-9]{1,4})?",
            message = "must be a decimal amount of 0 or more, with at most 4 decimals")
        String amount,
    @Schema(description = "ISO 4217", example = "USD", pattern = "^[A-Z]{3}$")
        @NotNull
        @Pattern(regexp = ApiCodes.CURRENCY_PATTERN, message = ApiCodes.CURRENCY_MESSAGE)
        String currency) {}
