package org.sdghub.gateway.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sdghub.gateway.domain.AreaReference;
import org.sdghub.gateway.domain.ReadModelProject;
import org.sdghub.gateway.domain.ReadModelProject.Participation;
import org.sdghub.gateway.domain.ReadModelProject.Place;
import org.sdghub.gateway.domain.ReadModelProject.RecipientShare;
import org.sdghub.platform.ReceivedEvent;

/**
 * The gateway's reading of projects-service's project events (JSON Schemas {@code
 * org.sdghub.project.*.v1.schema.json} in projects-service; every type carries the full state): the
 * fields the 3W needs; the others, and fields added later within v1, are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProjectEventData(
    UUID id,
    String iatiIdentifier,
    UUID reportingOrganisationId,
    Map<String, String> title,
    String status,
    Dates dates,
    List<String> sdgTargets,
    List<Integer> sdgGoals,
    List<Country> recipientCountries,
    List<Location> locations,
    List<Participant> participatingOrganisations,
    Budget budget,
    Long version,
    Instant updatedAt) {

  private static final AreaReference AREAS = AreaReference.load();

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Dates(
      LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Country(String country, BigDecimal percentage) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Point(Double lat, Double lon) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Location(String country, String adminArea, String name, Point point) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Participant(UUID organisationId, String role, String confirmation) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Budget(BigDecimal amount, String currency) {}

  /**
   * Reads the event's data as a project.
   *
   * @throws IllegalArgumentException if it is unreadable, lacks a field the read model needs or
   *     names another project than the event's subject (the inbox retries, then parks it)
   */
  static ReadModelProject read(ReceivedEvent event, ObjectMapper mapper) {
    ProjectEventData data;
    try {
      data = mapper.treeToValue(event.data(), ProjectEventData.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Event " + event.id() + " has unreadable project data: " + e.getOriginalMessage(), e);
    }
    if (data == null || !data.complete() || !data.id.toString().equals(event.subject())) {
      throw new IllegalArgumentException(
          "Event " + event.id() + " lacks project fields the read model needs");
    }
    return data.toProject(ReadModelEventTypes.PROJECT_DELETED.equals(event.type()));
  }

  private boolean complete() {
    // iatiIdentifier may be null: a reporting organisation without an IATI organisation identifier
    // may report a project without one.
    return id != null
        && reportingOrganisationId != null
        && title != null
        && status != null
        && dates != null
        && recipientCountries != null
        && version != null
        && updatedAt != null;
  }

  private ReadModelProject toProject(boolean deleted) {
    Optional<Budget> money = Optional.ofNullable(budget);
    return new ReadModelProject(
        id,
        version,
        deleted,
        iatiIdentifier,
        reportingOrganisationId,
        title,
        status,
        dates.actualStart != null ? dates.actualStart : dates.plannedStart,
        dates.actualEnd != null ? dates.actualEnd : dates.plannedEnd,
        orEmpty(sdgTargets),
        orEmpty(sdgGoals),
        recipientCountries.stream().map(c -> new RecipientShare(c.country, c.percentage)).toList(),
        orEmpty(locations).stream().map(ProjectEventData::place).toList(),
        orEmpty(participatingOrganisations).stream()
            .map(p -> new Participation(p.organisationId, p.role, p.confirmation))
            .toList(),
        money.map(Budget::amount).orElse(null),
        money.map(Budget::currency).orElse(null),
        dates.plannedStart != null ? dates.plannedStart : dates.actualStart,
        updatedAt);
  }

  // Events published before projects-service stored current codes may carry a former one (KZ-KZY):
  // the read model keeps the current one (KZ-43), so that a replay never splits a region in two.
  private static Place place(Location location) {
    Point point = location.point;
    return new Place(
        location.country,
        AREAS.currentCode(location.adminArea),
        location.name,
        point == null ? null : point.lat,
        point == null ? null : point.lon);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
