package org.sdghub.gateway.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.sdghub.gateway.domain.ReadModelTransaction;
import org.sdghub.platform.ReceivedEvent;

/**
 * The gateway's reading of funding-service's transaction events (JSON Schemas {@code
 * org.sdghub.funding.transaction.*.v1.schema.json} in funding-service; every type carries the full
 * state): the fields the 3W's money needs; the others, and fields added later within v1, are
 * ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TransactionEventData(
    UUID id,
    String typeCode,
    UUID projectId,
    UUID providerOrganisationId,
    UUID receiverOrganisationId,
    BigDecimal amount,
    String currency,
    LocalDate valueDate,
    Usd usd,
    String status,
    Long version,
    Instant updatedAt) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Usd(BigDecimal amount, BigDecimal rate, LocalDate rateDate, String rateSource) {}

  /**
   * Reads the event's data as a transaction; a withdrawn event's is withdrawn whatever its status.
   *
   * @throws IllegalArgumentException if it is unreadable, lacks a field the read model needs or
   *     names another transaction than the event's subject (the inbox retries, then parks it)
   */
  static ReadModelTransaction read(ReceivedEvent event, ObjectMapper mapper) {
    TransactionEventData data;
    try {
      data = mapper.treeToValue(event.data(), TransactionEventData.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Event " + event.id() + " has unreadable transaction data: " + e.getOriginalMessage(), e);
    }
    if (data == null || !data.complete() || !data.id.toString().equals(event.subject())) {
      throw new IllegalArgumentException(
          "Event " + event.id() + " lacks transaction fields the read model needs");
    }
    boolean withdrawn =
        ReadModelEventTypes.TRANSACTION_WITHDRAWN.equals(event.type())
            || ReadModelTransaction.WITHDRAWN.equals(data.status);
    return new ReadModelTransaction(
        data.id,
        data.version,
        data.projectId,
        data.typeCode,
        withdrawn ? ReadModelTransaction.WITHDRAWN : ReadModelTransaction.ACTIVE,
        data.providerOrganisationId,
        data.receiverOrganisationId,
        data.amount,
        data.currency,
        data.valueDate,
        data.usd.amount,
        data.usd.rate,
        data.usd.rateDate,
        data.usd.rateSource,
        data.updatedAt);
  }

  private boolean complete() {
    return id != null
        && typeCode != null
        && projectId != null
        && providerOrganisationId != null
        && receiverOrganisationId != null
        && amount != null
        && currency != null
        && valueDate != null
        && usd != null
        && usd.amount != null
        && usd.rate != null
        && usd.rateDate != null
        && usd.rateSource != null
        && status != null
        && version != null
        && updatedAt != null;
  }
}
