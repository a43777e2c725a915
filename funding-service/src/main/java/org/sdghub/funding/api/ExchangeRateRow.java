package org.sdghub.funding.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One rate of an upload, as sent (JSON) or read from a CSV line; checked as a whole upload, so that
 * every bad row is named.
 */
@Schema(description = "An exchange rate to load")
public record ExchangeRateRow(
    @Schema(description = "ISO 4217 currency code", examples = "EUR") String currency,
    @Schema(description = "The rate's date (ISO 8601)", examples = "2025-03-01") String date,
    @Schema(
            description = "Units of the currency one USD buys, positive; 1 for USD",
            examples = "0.92")
        String unitsPerUsd,
    @Schema(description = "Where the rate comes from", examples = "ECB reference rate")
        String source) {}
