package org.sdghub.projects.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Everything a project says, as the domain holds it (stored as {@code project.content}): what,
 * where, when, who and with which results. Immutable; a change makes a new one.
 *
 * @param title by language code, {@code en} always present
 * @param description by language code, or null
 * @param budget null when not given
 */
public record ProjectContent(
    String iatiIdentifier,
    UUID reportingOrganisationId,
    Map<String, String> title,
    Map<String, String> description,
    ActivityStatus status,
    Dates dates,
    List<String> sdgTargets,
    List<String> sectors,
    List<CountryShare> recipientCountries,
    List<Location> locations,
    List<Participation> participatingOrganisations,
    Money budget,
    List<Result> results) {

  /** Planned and actual start and end; only the planned start is always known. */
  public record Dates(
      LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd) {

    /** When the project starts: the actual start where known, else the planned one. */
    public LocalDate activeStart() {
      return actualStart != null ? actualStart : plannedStart;
    }

    /**
     * When it ends: the actual end where known, else the planned one, unless a late start has
     * passed the planned end, in which case it is open (null) until an actual end is given.
     */
    public LocalDate activeEnd() {
      if (actualEnd != null) {
        return actualEnd;
      }
      return plannedEnd == null || plannedEnd.isBefore(activeStart()) ? null : plannedEnd;
    }
  }

  /** A recipient country (ISO 3166-1 alpha-2) and its share of the project, in percent. */
  public record CountryShare(String country, BigDecimal percentage) {}

  /** Where in a recipient country: a first-level area, and optionally a place and a point. */
  public record Location(String country, String adminArea, String name, Point point) {}

  /** A WGS 84 point. */
  public record Point(double lat, double lon) {}

  /** An organisation of the partner registry and what it does in the project. */
  public record Participation(UUID organisationId, ParticipantRole role) {}

  /** An amount in an ISO 4217 currency. */
  public record Money(BigDecimal amount, String currency) {}

  /** What the project measures, how far it is, and what it aims for. */
  public record Result(
      UUID id,
      Map<String, String> title,
      Indicator indicator,
      String unit,
      Measure baseline,
      Measure target,
      List<Actual> actuals) {}

  /** A global SDG indicator code, or a custom indicator's text: exactly one of them. */
  public record Indicator(String sdgIndicator, String custom) {}

  /** A value in a year. */
  public record Measure(int year, BigDecimal value) {}

  /** A value achieved over a period. */
  public record Actual(LocalDate periodStart, LocalDate periodEnd, BigDecimal value) {}

  /** The same project in another status. */
  public ProjectContent withStatus(ActivityStatus newStatus) {
    return new ProjectContent(
        iatiIdentifier,
        reportingOrganisationId,
        title,
        description,
        newStatus,
        dates,
        sdgTargets,
        sectors,
        recipientCountries,
        locations,
        participatingOrganisations,
        budget,
        results);
  }

  /** The same project with other results. */
  public ProjectContent withResults(List<Result> newResults) {
    return new ProjectContent(
        iatiIdentifier,
        reportingOrganisationId,
        title,
        description,
        status,
        dates,
        sdgTargets,
        sectors,
        recipientCountries,
        locations,
        participatingOrganisations,
        budget,
        List.copyOf(newResults));
  }

  /** The SDGs the targets belong to, ascending: {@code 6.4} belongs to goal 6. */
  public List<Integer> sdgGoals() {
    Set<Integer> goals = new TreeSet<>();
    for (String target : sdgTargets) {
      goals.add(Integer.parseInt(target.substring(0, target.indexOf('.'))));
    }
    return List.copyOf(goals);
  }

  /** Whether the organisation takes part in this role. */
  public boolean hasParticipant(UUID organisation, ParticipantRole role) {
    return participatingOrganisations.stream()
        .anyMatch(p -> p.organisationId().equals(organisation) && p.role() == role);
  }

  /** Every organisation the project names: reporting, then participants, without repeats. */
  public Set<UUID> organisations() {
    Set<UUID> ids = new LinkedHashSet<>();
    ids.add(reportingOrganisationId);
    participatingOrganisations.forEach(p -> ids.add(p.organisationId()));
    return ids;
  }

  /** The recipient countries' codes, in the order given. */
  public List<String> countries() {
    return recipientCountries.stream().map(CountryShare::country).distinct().toList();
  }

  /** The locations' first-level area codes, without repeats. */
  public List<String> adminAreas() {
    return locations.stream().map(Location::adminArea).distinct().toList();
  }

  /**
   * The keys the organisation filter matches: each organisation's id alone and with its role
   * ({@code <id>:accountable}), the reporting organisation with the role {@code reporting}.
   */
  public List<String> organisationRoleKeys() {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(reportingOrganisationId.toString());
    keys.add(reportingOrganisationId + ":reporting");
    for (Participation p : participatingOrganisations) {
      keys.add(p.organisationId().toString());
      keys.add(p.organisationId() + ":" + p.role().apiName());
    }
    return new ArrayList<>(keys);
  }
}
