package org.sdghub.funding.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The data of {@code org.sdghub.exchange-rate.updated.v1}: a rate's full state after it was loaded
 * or corrected.
 *
 * @param unitsPerUsd units of the currency one US dollar buys, a decimal string
 * @param previousUnitsPerUsd the value it replaced; null when the rate is new
 */
public record ExchangeRateState(
    UUID id,
    String currency,
    LocalDate date,
    String unitsPerUsd,
    String previousUnitsPerUsd,
    String source,
    long version,
    Instant updatedAt) {}
