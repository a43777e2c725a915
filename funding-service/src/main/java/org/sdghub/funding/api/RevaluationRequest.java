package org.sdghub.funding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which transactions to convert again at the rates held now. */
@Schema(description = "The currency and the value dates of the transactions to revalue")
public record RevaluationRequest(
    @Schema(examples = "EUR")
        @NotBlank
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
        String currency,
    @Schema(description = "First value date, inclusive") @NotNull LocalDate valueDateFrom,
    @Schema(description = "Last value date, inclusive") @NotNull LocalDate valueDateTo) {}
