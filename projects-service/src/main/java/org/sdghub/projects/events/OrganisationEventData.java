package org.sdghub.projects.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.projects.domain.KnownOrganisationEntity;

/**
 * This service's reading of the data of partners-service's organisation events (the JSON Schemas
 * {@code org.sdghub.organisation.*.v1.schema.json} in partners-service): only the fields the local
 * copy keeps; others, and fields added later within v1, are ignored.
 *
 * @param identifier the IATI organisation identifier; absent or null when it has none
 * @param name names by language code, {@code en} required
 * @param status {@code active} or {@code archived}
 * @param proposedBy the proposing organisation while the organisation is proposed; absent or null
 *     otherwise
 * @param mergedInto the organisation it was merged into (events of type merged); absent or null
 *     otherwise
 * @param version the organisation's version after the change
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationEventData(
    UUID id,
    String identifier,
    Map<String, String> name,
    String acronym,
    String type,
    String kind,
    String headquartersCountry,
    String status,
    UUID proposedBy,
    UUID mergedInto,
    Long version,
    Instant updatedAt) {

  private static final Set<String> STATUSES = Set.of("active", "archived");

  /**
   * Reads and checks the event's data.
   *
   * @throws IllegalArgumentException if it cannot be read as organisation data, lacks a field the
   *     copy needs, or names another organisation than the event's subject
   */
  public static OrganisationEventData of(ReceivedEvent event, ObjectMapper mapper) {
    OrganisationEventData data;
    try {
      data = mapper.treeToValue(event.data(), OrganisationEventData.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Event " + event.id() + " has unreadable organisation data: " + e.getOriginalMessage(),
          e);
    }
    if (data == null) {
      throw new IllegalArgumentException("Event " + event.id() + " has no organisation data");
    }
    List<String> problems = data.problems(event.subject());
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Event "
              + event.id()
              + " has malformed organisation data: "
              + String.join("; ", problems));
    }
    return data;
  }

  /** Writes this state into the copy; {@code archivedEvent} flags it whatever the status says. */
  public void copyTo(KnownOrganisationEntity copy, boolean archivedEvent, Instant receivedAt) {
    copy.id = id;
    copy.identifier = blankToNull(identifier);
    copy.names = Map.copyOf(name);
    copy.acronym = blankToNull(acronym);
    copy.type = type;
    copy.kind = kind;
    copy.headquartersCountry = blankToNull(headquartersCountry);
    copy.archived = archivedEvent || "archived".equals(status);
    copy.proposedBy = proposedBy;
    copy.mergedInto = mergedInto;
    copy.version = version;
    copy.updatedAt = updatedAt.truncatedTo(ChronoUnit.MICROS);
    copy.receivedAt = receivedAt.truncatedTo(ChronoUnit.MICROS);
  }

  private List<String> problems(String subject) {
    List<String> problems = new ArrayList<>();
    if (id == null) {
      problems.add("id is missing");
    } else if (!id.toString().equals(subject)) {
      problems.add("id " + id + " is not the event's subject " + subject);
    }
    if (name == null || isBlank(name.get("en"))) {
      problems.add("name.en is missing");
    } else if (name.values().stream().anyMatch(OrganisationEventData::isBlank)) {
      problems.add("a name is blank");
    }
    if (isBlank(type)) {
      problems.add("type is missing");
    }
    if (isBlank(kind)) {
      problems.add("kind is missing");
    }
    if (!STATUSES.contains(status)) {
      problems.add("status must be active or archived, not " + status);
    }
    if (mergedInto != null && mergedInto.equals(id)) {
      problems.add("mergedInto names the organisation itself");
    }
    if (version == null || version < 0) {
      problems.add("version is missing or negative");
    }
    if (updatedAt == null) {
      problems.add("updatedAt is missing");
    }
    return problems;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String blankToNull(String value) {
    return isBlank(value) ? null : value;
  }
}
