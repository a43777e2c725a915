package org.sdghub.gateway.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.sdghub.gateway.domain.ReadModelOrganisation;
import org.sdghub.platform.ReceivedEvent;

/**
 * The gateway's reading of partners-service's organisation events (JSON Schemas {@code
 * org.sdghub.organisation.*.v1.schema.json} in partners-service): the fields the 3W needs; the
 * others, and fields added later within v1, are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record OrganisationEventData(
    UUID id,
    Map<String, String> name,
    String acronym,
    String type,
    String kind,
    String status,
    Long version,
    Instant updatedAt) {

  /**
   * Reads the event's data as an organisation.
   *
   * @throws IllegalArgumentException if it is unreadable, lacks a field the read model needs or
   *     names another organisation than the event's subject (the inbox retries, then parks it)
   */
  static ReadModelOrganisation read(ReceivedEvent event, ObjectMapper mapper) {
    OrganisationEventData data;
    try {
      data = mapper.treeToValue(event.data(), OrganisationEventData.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Event " + event.id() + " has unreadable organisation data: " + e.getOriginalMessage(),
          e);
    }
    if (data == null
        || data.id == null
        || !data.id.toString().equals(event.subject())
        || data.name == null
        || data.name.get("en") == null
        || data.type == null
        || data.kind == null
        || data.version == null
        || data.updatedAt == null) {
      throw new IllegalArgumentException(
          "Event " + event.id() + " lacks organisation fields the read model needs");
    }
    boolean archived =
        ReadModelEventTypes.ORGANISATION_ARCHIVED.equals(event.type())
            || ReadModelEventTypes.ORGANISATION_MERGED.equals(event.type())
            || "archived".equals(data.status);
    return new ReadModelOrganisation(
        data.id,
        data.version,
        data.name,
        data.acronym,
        data.type,
        data.kind,
        archived,
        data.updatedAt);
  }
}
