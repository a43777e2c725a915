package org.sdghub.projects.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.sdghub.platform.ReceivedEvent;

/**
 * This service's reading of funding-service's transaction events (the JSON Schemas {@code
 * org.sdghub.funding.transaction.*.v1.schema.json} there): only what confirms a funding listing;
 * other fields, and fields added later within v1, are ignored.
 *
 * @param recordedByOrganisationId the organisation whose caller recorded it; null in events of
 *     transactions recorded before funding-service kept it
 * @param status {@code active} or {@code withdrawn}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TransactionEventData(
    UUID id,
    UUID projectId,
    UUID providerOrganisationId,
    UUID recordedByOrganisationId,
    String status) {

  /**
   * Reads the event's data.
   *
   * @throws IllegalArgumentException if it is unreadable, lacks the transaction's id, project or
   *     provider, or names another transaction than the event's subject (the inbox retries, then
   *     parks it)
   */
  public static TransactionEventData of(ReceivedEvent event, ObjectMapper mapper) {
    TransactionEventData data;
    try {
      data = mapper.treeToValue(event.data(), TransactionEventData.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Event " + event.id() + " has unreadable transaction data: " + e.getOriginalMessage(), e);
    }
    if (data == null
        || data.id == null
        || data.projectId == null
        || data.providerOrganisationId == null
        || !data.id.toString().equals(event.subject())) {
      throw new IllegalArgumentException(
          "Event " + event.id() + " lacks the transaction's id, project or provider");
    }
    return data;
  }

  /** Whether the provider recorded it itself and it stands (not withdrawn). */
  public boolean recordedByItsProvider() {
    return providerOrganisationId.equals(recordedByOrganisationId) && "active".equals(status);
  }
}
