package org.sdghub.funding.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sdghub.funding.domain.CountryShare;
import org.sdghub.funding.domain.ProjectCopy;
import org.sdghub.funding.domain.ProjectParticipant;
import org.sdghub.platform.ReceivedEvent;

/**
 * This service's reading of the data of projects-service's events (the JSON Schemas {@code
 * org.sdghub.project.*.v1.schema.json} there): only the fields funding keeps; others are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectEventData(
    UUID id,
    UUID reportingOrganisationId,
    String status,
    Dates dates,
    List<String> sdgTargets,
    List<Integer> sdgGoals,
    List<CountryShare> recipientCountries,
    List<ProjectParticipant> participatingOrganisations,
    Money budget,
    Long version) {

  /** Planned and actual dates, each may be null. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Dates(
      LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd) {}

  /** An amount as a decimal string and its currency. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Money(String amount, String currency) {}

  /**
   * Reads and checks the event's data.
   *
   * @throws IllegalArgumentException if it cannot be read or lacks what the copy needs
   */
  public static ProjectEventData of(ReceivedEvent event, ObjectMapper mapper) {
    ProjectEventData data;
    try {
      data = mapper.treeToValue(event.data(), ProjectEventData.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Event " + event.id() + " has unreadable project data: " + e.getOriginalMessage(), e);
    }
    if (data == null
        || data.id() == null
        || !data.id().toString().equals(event.subject())
        || data.reportingOrganisationId() == null
        || data.status() == null
        || data.version() == null) {
      throw new IllegalArgumentException(
          "Event " + event.id() + " lacks the project's id, reporting organisation or status");
    }
    return data;
  }

  /** Writes this state into the copy. */
  public void copyTo(ProjectCopy copy, boolean deletedEvent) {
    copy.id = id;
    copy.reportingOrganisationId = reportingOrganisationId;
    copy.status = status;
    copy.deleted = deletedEvent;
    copy.budgetAmount = budget == null ? null : new BigDecimal(budget.amount());
    copy.budgetCurrency = budget == null ? null : budget.currency();
    Dates known = dates == null ? new Dates(null, null, null, null) : dates;
    copy.plannedStart = known.plannedStart();
    copy.plannedEnd = known.plannedEnd();
    copy.actualStart = known.actualStart();
    copy.actualEnd = known.actualEnd();
    copy.recipientCountries = orEmpty(recipientCountries);
    copy.sdgTargets = orEmpty(sdgTargets);
    copy.sdgGoals = orEmpty(sdgGoals);
    copy.participants = orEmpty(participatingOrganisations);
    copy.version = version;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
