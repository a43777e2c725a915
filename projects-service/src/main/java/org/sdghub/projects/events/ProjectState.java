package org.sdghub.projects.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The data of every project event: the project's full state after the change (event-carried state
 * transfer). Organisations are named by id only; their names are partners-service's to publish.
 *
 * @param title by language code ({@code en} always present)
 * @param description by language code, or null
 * @param status IATI ActivityStatus by name: pipeline, implementation…
 * @param budget null when not given
 * @param version the project's version, also the event's {@code sequence}
 */
public record ProjectState(
    UUID id,
    String iatiIdentifier,
    UUID reportingOrganisationId,
    Map<String, String> title,
    Map<String, String> description,
    String status,
    Dates dates,
    List<String> sdgTargets,
    List<Integer> sdgGoalTags,
    List<Integer> sdgGoals,
    List<String> sectors,
    List<SectorShare> sectorShares,
    List<RecipientCountry> recipientCountries,
    List<RecipientRegion> recipientRegions,
    List<Location> locations,
    List<Participant> participatingOrganisations,
    List<UUID> editors,
    Money budget,
    List<Budget> budgets,
    List<Result> results,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /** Planned and actual dates; null when not known. */
  public record Dates(
      LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd) {}

  /** A sector of an IATI vocabulary and the project's share in it, in percent. */
  public record SectorShare(String vocabulary, String code, BigDecimal percentage) {}

  /** A recipient region (IATI Region) and its share in percent. */
  public record RecipientRegion(String region, BigDecimal percentage) {}

  /** A recipient country and its share in percent. */
  public record RecipientCountry(String country, BigDecimal percentage) {}

  /** A location; name and point may be null. */
  public record Location(String country, String adminArea, String name, Point point) {}

  /** A WGS 84 point. */
  public record Point(double lat, double lon) {}

  /**
   * An organisation's role (funding, accountable, extending or implementing) and its answer to the
   * listing (confirmed, unconfirmed or declined, with its note or null).
   */
  public record Participant(
      UUID organisationId, String role, String confirmation, String confirmationNote) {}

  /** An amount, as a decimal string, and its ISO 4217 currency. */
  public record Money(String amount, String currency) {}

  /** A budget for one period: original or revised, indicative or committed. */
  public record Budget(
      String type,
      String status,
      LocalDate periodStart,
      LocalDate periodEnd,
      Money value,
      LocalDate valueDate) {}

  /** A result; unit, baseline and target may be null. */
  public record Result(
      UUID id,
      Map<String, String> title,
      Indicator indicator,
      String unit,
      Measure baseline,
      Measure target,
      List<Actual> actuals,
      String type,
      String measure,
      Boolean ascending,
      List<Baseline> baselines,
      List<Period> periods) {}

  /** One facet of a disaggregated value. */
  public record Dimension(String name, String value) {}

  /** A baseline in a year, disaggregated by its dimensions. */
  public record Baseline(int year, BigDecimal value, List<Dimension> dimensions) {}

  /** A value targeted or achieved, disaggregated by its dimensions. */
  public record PeriodValue(BigDecimal value, List<Dimension> dimensions) {}

  /** A reporting period with its targets and actuals. */
  public record Period(
      LocalDate periodStart,
      LocalDate periodEnd,
      List<PeriodValue> targets,
      List<PeriodValue> actuals) {}

  /** Exactly one of an SDG indicator code and a custom text. */
  public record Indicator(String sdgIndicator, String custom) {}

  /** A value in a year. */
  public record Measure(int year, BigDecimal value) {}

  /** A value achieved over a period. */
  public record Actual(LocalDate periodStart, LocalDate periodEnd, BigDecimal value) {}
}
