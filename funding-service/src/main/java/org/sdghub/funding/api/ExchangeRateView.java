package org.sdghub.funding.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sdghub.platform.Versioned;

/** An exchange rate as the API answers it. */
@Schema(description = "Units of a currency per US dollar on a date")
public record ExchangeRateView(
    UUID id,
    String currency,
    LocalDate date,
    String unitsPerUsd,
    String source,
    long version,
    Instant updatedAt)
    implements Versioned {}
