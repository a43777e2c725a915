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
import java.util.function.Consumer;

/**
 * Everything a project says, as the domain holds it (stored as {@code project.content}): what,
 * where, when, who and with which results. Immutable; a change makes a new one.
 *
 * @param iatiIdentifier null when the reporting organisation has no IATI organisation identifier
 *     and none was given
 * @param title by language code, {@code en} always present
 * @param description by language code, or null
 * @param sdgGoalTags SDG goals the project works towards without naming one of their targets (IATI
 *     sector vocabulary 7, tag vocabulary 2)
 * @param editors the organisations the reporting organisation lets change the project, besides
 *     itself (it alone names them)
 * @param sectors OECD DAC 5-digit purpose codes: those of the vocabulary-1 sector shares when there
 *     are any
 * @param sectorShares sectors of any IATI sector vocabulary with their percentages (summing to 100
 *     per vocabulary)
 * @param budget the total: derived from {@code budgets} when they are given, else as given, or null
 * @param budgets the budget per period (IATI budget), in one currency; empty when not given
 */
public record ProjectContent(
    String iatiIdentifier,
    UUID reportingOrganisationId,
    Map<String, String> title,
    Map<String, String> description,
    ActivityStatus status,
    Dates dates,
    List<String> sdgTargets,
    List<Integer> sdgGoalTags,
    List<String> sectors,
    List<SectorShare> sectorShares,
    List<CountryShare> recipientCountries,
    List<RegionShare> recipientRegions,
    List<Location> locations,
    List<Participation> participatingOrganisations,
    List<UUID> editors,
    Money budget,
    List<PeriodBudget> budgets,
    List<Result> results) {

  public ProjectContent {
    // Content stored before editors existed reads as having none.
    editors = editors == null ? List.of() : List.copyOf(editors);
    // Content stored before recipient regions existed reads as having none.
    recipientRegions = recipientRegions == null ? List.of() : List.copyOf(recipientRegions);
    // Content stored before sector shares existed reads as having none.
    sectorShares = sectorShares == null ? List.of() : List.copyOf(sectorShares);
    // Content stored before goal-level tags existed reads as having none.
    sdgGoalTags = sdgGoalTags == null ? List.of() : List.copyOf(sdgGoalTags);
    // Content stored before budgets per period existed reads as having none.
    budgets = budgets == null ? List.of() : List.copyOf(budgets);
  }

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

  /**
   * A sector of an IATI SectorVocabulary ({@code 1} DAC 5-digit, {@code 2} DAC 3-digit, {@code 7}
   * SDG goal, {@code 8} SDG target, {@code 99} the reporting organisation's own) and the project's
   * share in it, in percent.
   */
  public record SectorShare(String vocabulary, String code, BigDecimal percentage) {}

  /** A recipient country (ISO 3166-1 alpha-2) and its share of the project, in percent. */
  public record CountryShare(String country, BigDecimal percentage) {}

  /** A recipient region (IATI Region, OECD DAC vocabulary) and its share, in percent. */
  public record RegionShare(String region, BigDecimal percentage) {}

  /** Where in a recipient country: a first-level area, and optionally a place and a point. */
  public record Location(String country, String adminArea, String name, Point point) {}

  /** A WGS 84 point. */
  public record Point(double lat, double lon) {}

  /**
   * An organisation of the partner registry, what it does in the project, and whether it agrees.
   *
   * @param confirmationNote what the organisation said with its answer, or null
   */
  public record Participation(
      UUID organisationId,
      ParticipantRole role,
      Confirmation confirmation,
      String confirmationNote) {

    public Participation {
      // Content stored before listings were answered reads as unconfirmed.
      confirmation = confirmation == null ? Confirmation.UNCONFIRMED : confirmation;
    }

    /** A listing not yet answered. */
    public static Participation listed(UUID organisationId, ParticipantRole role) {
      return new Participation(organisationId, role, Confirmation.UNCONFIRMED, null);
    }

    /** The same listing with this answer. */
    public Participation answered(Confirmation answer, String note) {
      return new Participation(organisationId, role, answer, note);
    }

    /** Whether this is the same organisation in the same role, whatever its answer. */
    public boolean sameListing(Participation other) {
      return organisationId.equals(other.organisationId) && role == other.role;
    }
  }

  /** An amount in an ISO 4217 currency. */
  public record Money(BigDecimal amount, String currency) {}

  /**
   * A budget for one period of at most a year (IATI budget).
   *
   * @param type {@code original} or {@code revised} (IATI BudgetType 1, 2)
   * @param status {@code indicative} or {@code committed} (IATI BudgetStatus 1, 2)
   * @param valueDate the date of the value, for currency conversion
   */
  public record PeriodBudget(
      String type,
      String status,
      LocalDate periodStart,
      LocalDate periodEnd,
      Money value,
      LocalDate valueDate) {

    /** Whether this budget revises {@code original}: the same period, revised. */
    public boolean revises(PeriodBudget original) {
      return "revised".equals(type)
          && "original".equals(original.type)
          && periodStart.equals(original.periodStart)
          && periodEnd.equals(original.periodEnd);
    }
  }

  /**
   * The total the budgets per period give: each period once, a revised budget in place of the
   * original of the same period; null when there are none or they are in several currencies.
   */
  public Money derivedBudget() {
    if (budgets.isEmpty()
        || budgets.stream().map(b -> b.value().currency()).distinct().count() > 1) {
      return null;
    }
    BigDecimal total = BigDecimal.ZERO;
    for (PeriodBudget b : budgets) {
      boolean revised = budgets.stream().anyMatch(other -> other.revises(b));
      if (!revised) {
        total = total.add(b.value().amount());
      }
    }
    String currency = budgets.get(0).value().currency();
    return new Money(total, currency);
  }

  /**
   * The same project with its DAC 5-digit sectors derived from its vocabulary-1 sector shares, when
   * it has any.
   */
  public ProjectContent withDerivedSectors() {
    List<String> codes = dacSectorsOfShares();
    if (codes.isEmpty() || codes.equals(sectors)) {
      return this;
    }
    return with(f -> f.sectors = codes);
  }

  /** The codes of the vocabulary-1 (DAC 5-digit) sector shares, in their order. */
  public List<String> dacSectorsOfShares() {
    return sectorShares.stream()
        .filter(t -> t.vocabulary().equals("1"))
        .map(SectorShare::code)
        .distinct()
        .toList();
  }

  /** The same project with its total budget derived from its budgets, when it has any. */
  public ProjectContent withDerivedBudget() {
    Money derived = derivedBudget();
    return derived == null || derived.equals(budget) ? this : withBudget(derived);
  }

  /** The same project with this total budget. */
  public ProjectContent withBudget(Money newBudget) {
    return with(f -> f.budget = newBudget);
  }

  /**
   * What the project measures, how far it is, and what it aims for.
   *
   * @param type IATI ResultType by name ({@code output}, {@code outcome}, {@code impact}, {@code
   *     other}), or null
   * @param measure IATI IndicatorMeasure by name ({@code unit}, {@code percentage}, {@code
   *     nominal}, {@code ordinal}, {@code qualitative}), or null
   * @param ascending whether a higher value is better (IATI's ascending), or null when not said
   * @param baselines further baselines, each for a year and a disaggregation
   * @param periods periods with what was targeted and what was achieved in each
   */
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
      List<Period> periods) {

    public Result {
      // Results stored before these existed read as having none.
      baselines = baselines == null ? List.of() : List.copyOf(baselines);
      periods = periods == null ? List.of() : List.copyOf(periods);
    }
  }

  /** One facet of a disaggregated value: sex, age group, location (an ISO 3166-2 area)… */
  public record Dimension(String name, String value) {}

  /** A baseline: a value in a year, for the disaggregation its dimensions name (none: all). */
  public record Baseline(int year, BigDecimal value, List<Dimension> dimensions) {}

  /** A value targeted or achieved in a period, for the disaggregation its dimensions name. */
  public record PeriodValue(BigDecimal value, List<Dimension> dimensions) {}

  /** A reporting period of a result with its targets and actuals. */
  public record Period(
      LocalDate periodStart,
      LocalDate periodEnd,
      List<PeriodValue> targets,
      List<PeriodValue> actuals) {}

  /** A global SDG indicator code, or a custom indicator's text: exactly one of them. */
  public record Indicator(String sdgIndicator, String custom) {}

  /** A value in a year. */
  public record Measure(int year, BigDecimal value) {}

  /** A value achieved over a period. */
  public record Actual(LocalDate periodStart, LocalDate periodEnd, BigDecimal value) {}

  /** The same project in another status. */
  public ProjectContent withStatus(ActivityStatus newStatus) {
    return with(f -> f.status = newStatus);
  }

  /** The same project with other results. */
  public ProjectContent withResults(List<Result> newResults) {
    return with(f -> f.results = List.copyOf(newResults));
  }

  /** The same project under another IATI identifier (null for none). */
  public ProjectContent withIdentifier(String newIdentifier) {
    return with(f -> f.iatiIdentifier = newIdentifier);
  }

  /** The same project reported by another organisation. */
  public ProjectContent withReporting(UUID newReporting) {
    return with(f -> f.reportingOrganisationId = newReporting);
  }

  /** The same project in other locations. */
  public ProjectContent withLocations(List<Location> newLocations) {
    return with(f -> f.locations = List.copyOf(newLocations));
  }

  /**
   * The same project naming {@code survivor} wherever it named {@code duplicate} (as reporting
   * organisation, participant or editor): a listing that then repeats one of the survivor's in the
   * same role is dropped, the survivor's own kept; the reporting organisation is no editor.
   */
  public ProjectContent withOrganisationMerged(UUID duplicate, UUID survivor) {
    UUID reporting = reportingOrganisationId.equals(duplicate) ? survivor : reportingOrganisationId;
    List<Participation> listings = new ArrayList<>();
    for (Participation p : participatingOrganisations) {
      Participation renamed =
          p.organisationId().equals(duplicate)
              ? new Participation(survivor, p.role(), p.confirmation(), p.confirmationNote())
              : p;
      boolean repeated = listings.stream().anyMatch(renamed::sameListing);
      boolean survivorsOwn =
          participatingOrganisations.stream()
              .anyMatch(o -> o.organisationId().equals(survivor) && o.role() == p.role());
      if (!repeated && !(p.organisationId().equals(duplicate) && survivorsOwn)) {
        listings.add(renamed);
      }
    }
    List<UUID> newEditors =
        editors.stream()
            .map(e -> e.equals(duplicate) ? survivor : e)
            .filter(e -> !e.equals(reporting))
            .distinct()
            .toList();
    return with(
        f -> {
          f.reportingOrganisationId = reporting;
          f.participatingOrganisations = List.copyOf(listings);
          f.editors = newEditors;
        });
  }

  /** The same project with other dates. */
  public ProjectContent withDates(Dates newDates) {
    return with(f -> f.dates = newDates);
  }

  /** The same project with other editors. */
  public ProjectContent withEditors(List<UUID> newEditors) {
    return with(f -> f.editors = newEditors);
  }

  /** The same project with other participants (editors and everything else kept). */
  public ProjectContent withParticipants(List<Participation> newParticipants) {
    return with(f -> f.participatingOrganisations = List.copyOf(newParticipants));
  }

  /**
   * This project's listings with their answers carried over from {@code previous} (null on create):
   * the reporting organisation's own listings are confirmed by its report, a listing already there
   * keeps its answer, a new one starts unconfirmed.
   */
  public ProjectContent withAnswersFrom(ProjectContent previous) {
    List<Participation> answered = new ArrayList<>();
    for (Participation p : participatingOrganisations) {
      if (p.organisationId().equals(reportingOrganisationId)) {
        answered.add(p.answered(Confirmation.CONFIRMED, null));
        continue;
      }
      Participation before =
          previous == null
              ? null
              : previous.participatingOrganisations().stream()
                  .filter(p::sameListing)
                  .findFirst()
                  .orElse(null);
      answered.add(
          before == null || before.organisationId().equals(previous.reportingOrganisationId())
              ? p.answered(Confirmation.UNCONFIRMED, null)
              : p.answered(before.confirmation(), before.confirmationNote()));
    }
    return withParticipants(answered);
  }

  /** Whether the organisation is the reporting one or one of the editors it named. */
  public boolean editableBy(UUID organisation) {
    return reportingOrganisationId.equals(organisation) || editors.contains(organisation);
  }

  /** Whether the organisation is listed in the project (in any role, whatever its answer). */
  public boolean lists(UUID organisation) {
    return participatingOrganisations.stream()
        .anyMatch(p -> p.organisationId().equals(organisation));
  }

  /**
   * The SDGs the project works towards, ascending: those its targets belong to ({@code 6.4} belongs
   * to goal 6) and those it is tagged with at goal level.
   */
  public List<Integer> sdgGoals() {
    Set<Integer> goals = new TreeSet<>(sdgGoalTags);
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

  /**
   * Every organisation the project names: reporting, then participants, then editors, without
   * repeats.
   */
  public Set<UUID> organisations() {
    Set<UUID> ids = new LinkedHashSet<>();
    ids.add(reportingOrganisationId);
    participatingOrganisations.forEach(p -> ids.add(p.organisationId()));
    ids.addAll(editors);
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
   * ({@code <id>:accountable}), the reporting organisation with the role {@code reporting}. A
   * declined listing is not the organisation's work, and is not matched.
   */
  public List<String> organisationRoleKeys() {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(reportingOrganisationId.toString());
    keys.add(reportingOrganisationId + ":reporting");
    for (Participation p : participatingOrganisations) {
      if (p.confirmation() == Confirmation.DECLINED) {
        continue;
      }
      keys.add(p.organisationId().toString());
      keys.add(p.organisationId() + ":" + p.role().apiName());
    }
    return new ArrayList<>(keys);
  }

  /** The same project with some fields changed: {@code change} sets them on a copy of this one. */
  private ProjectContent with(Consumer<Fields> change) {
    Fields f = new Fields(this);
    change.accept(f);
    return new ProjectContent(
        f.iatiIdentifier,
        f.reportingOrganisationId,
        f.title,
        f.description,
        f.status,
        f.dates,
        f.sdgTargets,
        f.sdgGoalTags,
        f.sectors,
        f.sectorShares,
        f.recipientCountries,
        f.recipientRegions,
        f.locations,
        f.participatingOrganisations,
        f.editors,
        f.budget,
        f.budgets,
        f.results);
  }

  /** The fields of a project being changed: a copy of one, some of them set anew. */
  private static final class Fields {
    String iatiIdentifier;
    UUID reportingOrganisationId;
    Map<String, String> title;
    Map<String, String> description;
    ActivityStatus status;
    Dates dates;
    List<String> sdgTargets;
    List<Integer> sdgGoalTags;
    List<String> sectors;
    List<SectorShare> sectorShares;
    List<CountryShare> recipientCountries;
    List<RegionShare> recipientRegions;
    List<Location> locations;
    List<Participation> participatingOrganisations;
    List<UUID> editors;
    Money budget;
    List<PeriodBudget> budgets;
    List<Result> results;

    Fields(ProjectContent p) {
      iatiIdentifier = p.iatiIdentifier;
      reportingOrganisationId = p.reportingOrganisationId;
      title = p.title;
      description = p.description;
      status = p.status;
      dates = p.dates;
      sdgTargets = p.sdgTargets;
      sdgGoalTags = p.sdgGoalTags;
      sectors = p.sectors;
      sectorShares = p.sectorShares;
      recipientCountries = p.recipientCountries;
      recipientRegions = p.recipientRegions;
      locations = p.locations;
      participatingOrganisations = p.participatingOrganisations;
      editors = p.editors;
      budget = p.budget;
      budgets = p.budgets;
      results = p.results;
    }
  }
}
