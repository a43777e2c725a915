package org.sdghub.gateway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A live project's budget as the read model holds it, to be converted to USD.
 *
 * @param date the date it is converted at (planned start, else actual start); may be null
 */
public record ProjectBudget(BigDecimal amount, String currency, LocalDate date) {}
