package org.sdghub.projects.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A planned budget: an amount and its currency. */
@Schema(description = "The planned budget: a decimal amount (a string in reads) and its currency.")
public record Budget(
    @Schema(
            description = "0 or more, at most 15 digits before and 2 after the decimal point",
            example = "2500000.00",
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            pattern = "^[0-9]{1,15}(\\.[0-9]{1,2})?$")
        @NotNull
        @DecimalMin("0")
        @Digits(integer = 15, fraction = 2)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal amount,
    @Schema(description = "ISO 4217", example = "USD", pattern = "^[A-Z]{3}$")
        @NotNull
        @Pattern(regexp = ApiCodes.CURRENCY_PATTERN, message = ApiCodes.CURRENCY_MESSAGE)
        String currency) {}
