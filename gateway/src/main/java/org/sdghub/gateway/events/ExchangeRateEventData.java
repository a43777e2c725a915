package org.sdghub.gateway.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.sdghub.gateway.domain.ReadModelExchangeRate;
import org.sdghub.platform.ReceivedEvent;

/**
 * The gateway's reading of funding-service's {@code org.sdghub.exchange-rate.updated.v1} (its JSON
 * Schema in funding-service): a rate's full state; other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ExchangeRateEventData(
    UUID id,
    String currency,
    LocalDate date,
    BigDecimal unitsPerUsd,
    String source,
    Long version,
    Instant updatedAt) {

  /**
   * Reads the event's data as a rate.
   *
   * @throws IllegalArgumentException if it is unreadable, incomplete, not a positive rate or about
   *     another rate than the event's subject (the inbox retries, then parks it)
   */
  static ReadModelExchangeRate read(ReceivedEvent event, ObjectMapper mapper) {
    ExchangeRateEventData data;
    try {
      data = mapper.treeToValue(event.data(), ExchangeRateEventData.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Event " + event.id() + " has unreadable rate data: " + e.getOriginalMessage(), e);
    }
    if (data == null
        || data.id == null
        || !data.id.toString().equals(event.subject())
        || data.currency == null
        || data.date == null
        || data.unitsPerUsd == null
        || data.unitsPerUsd.signum() <= 0
        || data.source == null
        || data.version == null
        || data.updatedAt == null) {
      throw new IllegalArgumentException(
          "Event " + event.id() + " lacks rate fields the read model needs");
    }
    return new ReadModelExchangeRate(
        data.id,
        data.version,
        data.currency,
        data.date,
        data.unitsPerUsd,
        data.source,
        data.updatedAt);
  }
}
