package org.sdghub.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sdghub.platform.FieldError;
import org.sdghub.platform.InvalidInput;
import org.sdghub.projects.domain.ActivityStatus;
import org.sdghub.projects.domain.AdminArea;
import org.sdghub.projects.domain.Codelists;
import org.sdghub.projects.domain.Decimals;
import org.sdghub.projects.domain.GeoPoint;
import org.sdghub.projects.domain.Geography;
import org.sdghub.projects.domain.KnownOrganisation;
import org.sdghub.projects.domain.ParticipantRole;
import org.sdghub.projects.domain.ProjectContent;
import org.sdghub.projects.domain.SdgCatalogue;
import org.sdghub.projects.repository.KnownOrganisationRepository;

/**
 * The rules of a project that need reference data or the partner registry (the annotations on the
 * request records check the rest). Every broken rule is answered together, as one 400 naming each
 * field by its JSON path.
 */
@ApplicationScoped
public class ProjectRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final SdgCatalogue sdgs;
  private final Geography geography;
  private final Codelists codelists;
  private final KnownOrganisationRepository organisations;

  ProjectRules(
      SdgCatalogue sdgs,
      Geography geography,
      Codelists codelists,
      KnownOrganisationRepository organisations) {
    this.sdgs = sdgs;
    this.geography = geography;
    this.codelists = codelists;
    this.organisations = organisations;
  }

  /**
   * Passes if the project keeps every rule, else throws a 400 listing each broken one. {@code
   * previous} is the stored project (null on create): an archived organisation it already names may
   * stay. Returns the organisations it names, as the partner registry's copy knows them.
   */
  public Map<UUID, KnownOrganisation> check(ProjectContent project, ProjectContent previous) {
    List<FieldError> errors = new ArrayList<>();
    Map<UUID, KnownOrganisation> known = organisations.findAll(project.organisations());
    checkReporting(errors, project, previous, known);
    checkDates(errors, project.dates());
    boolean newlyClosed =
        project.status() == ActivityStatus.CLOSED
            && (previous == null || previous.status() != ActivityStatus.CLOSED);
    if (newlyClosed && project.dates().actualEnd() == null) {
      errors.add(new FieldError("dates.actualEnd", CLOSED_WITHOUT_END));
    }
    if (previous == null || !previous.dates().equals(project.dates())) {
      for (int i = 0; i < project.results().size(); i++) {
        checkResultDates(errors, "results[" + i + "].", project.results().get(i), project.dates());
      }
    }
    checkTargets(errors, project.sdgTargets());
    checkSectors(errors, project.sectors());
    checkSectorShares(errors, project);
    checkCountries(errors, project.recipientCountries(), project.recipientRegions());
    checkLocations(errors, project);
    checkParticipants(errors, project, previous, known);
    checkEditors(errors, project, previous, known);
    checkMoney(errors, "budget", project.budget());
    checkBudgets(errors, project);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return known;
  }

  /**
   * The project with each location's area under its current ISO 3166-2 code: Kazakhstan's former
   * codes ({@code KZ-KZY}) are accepted on input but stored as the current one ({@code KZ-43}), so
   * that one region is never split in two. Codes that name no area are left for {@link #check}.
   */
  public ProjectContent withCurrentAreaCodes(ProjectContent project) {
    List<ProjectContent.Location> locations =
        project.locations().stream()
            .map(
                l ->
                    geography
                        .adminArea(l.adminArea())
                        .filter(area -> !area.code().equals(l.adminArea()))
                        .map(
                            area ->
                                new ProjectContent.Location(
                                    l.country(), area.code(), l.name(), l.point()))
                        .orElse(l))
            .toList();
    return locations.equals(project.locations()) ? project : project.withLocations(locations);
  }

  /**
   * Passes if the result keeps every rule, within the project's dates, else throws a 400 naming
   * each broken one.
   */
  public void checkResult(ProjectContent.Result result, ProjectContent.Dates projectDates) {
    List<FieldError> errors = new ArrayList<>();
    checkResultDates(errors, "", result, projectDates);
    checkDimensions(errors, result);
    ProjectContent.Indicator indicator = result.indicator();
    if ((indicator.sdgIndicator() == null) == (indicator.custom() == null)) {
      errors.add(new FieldError("indicator", "must give exactly one of sdgIndicator and custom"));
    } else if (indicator.sdgIndicator() != null
        && sdgs.indicator(indicator.sdgIndicator()).isEmpty()) {
      errors.add(new FieldError("indicator.sdgIndicator", "is not a global SDG indicator code"));
    }
    for (int i = 0; i < result.actuals().size(); i++) {
      ProjectContent.Actual actual = result.actuals().get(i);
      if (actual.periodEnd().isBefore(actual.periodStart())) {
        errors.add(
            new FieldError("actuals[" + i + "].periodEnd", "must not be before periodStart"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  private void checkReporting(
      List<FieldError> errors,
      ProjectContent project,
      ProjectContent previous,
      Map<UUID, KnownOrganisation> known) {
    KnownOrganisation reporting = known.get(project.reportingOrganisationId());
    if (reporting == null) {
      errors.add(
          new FieldError(
              "reportingOrganisationId", "is not an organisation known from the partner registry"));
      return;
    }
    boolean newlySet =
        previous == null
            || !previous.reportingOrganisationId().equals(project.reportingOrganisationId());
    if (reporting.mergedInto() != null && newlySet) {
      errors.add(new FieldError("reportingOrganisationId", merged(reporting)));
    } else if (reporting.proposedBy() != null && newlySet) {
      errors.add(
          new FieldError(
              "reportingOrganisationId",
              "is proposed and not yet confirmed by a coordinator: it reports once confirmed"));
    } else if (reporting.archived() && newlySet) {
      errors.add(
          new FieldError(
              "reportingOrganisationId",
              "is archived in the partner registry and cannot be newly named"));
    }
    checkIdentifier(errors, project, previous, reporting);
  }

  // IATI: an activity identifier is its reporting organisation's identifier, a hyphen and the
  // organisation's own reference. Without an organisation identifier there is no valid one to give.
  private void checkIdentifier(
      List<FieldError> errors,
      ProjectContent project,
      ProjectContent previous,
      KnownOrganisation reporting) {
    String identifier = project.iatiIdentifier();
    String prefix = reporting.identifier() == null ? null : reporting.identifier() + "-";
    if (identifier == null) {
      if (prefix != null) {
        errors.add(
            new FieldError(
                "iatiIdentifier",
                "is required: the reporting organisation has the IATI organisation identifier "
                    + reporting.identifier()
                    + ", so its activities' identifiers start with "
                    + prefix
                    + "…"));
      }
      return;
    }
    if (prefix != null
        && !(identifier.length() > prefix.length()
            && identifier.regionMatches(true, 0, prefix, 0, prefix.length()))) {
      errors.add(
          new FieldError(
              "iatiIdentifier",
              "must start with the reporting organisation's IATI identifier and a hyphen ("
                  + prefix
                  + "…)"));
      return;
    }
    boolean newlySet = previous == null || !identifier.equals(previous.iatiIdentifier());
    if (!newlySet) {
      return;
    }
    for (KnownOrganisation other : organisations.prefixing(identifier)) {
      // The reporter's own, or a shorter identifier that the reporter's own begins with.
      boolean ours =
          other.id().equals(reporting.id())
              || (prefix != null && other.identifier().length() <= reporting.identifier().length());
      if (!ours) {
        errors.add(
            new FieldError(
                "iatiIdentifier",
                "starts with the IATI identifier of another registered organisation ("
                    + other.identifier()
                    + "-…); an activity identifier starts with its reporting organisation's"));
        return;
      }
    }
  }

  /**
   * Passes if the dates keep their rules (see {@link #check}), else throws a 400 naming each broken
   * one; {@code closing} adds that a closed project has an actual end.
   */
  public void checkDates(ProjectContent.Dates dates, boolean closing) {
    List<FieldError> errors = new ArrayList<>();
    checkDates(errors, dates);
    if (closing && dates.actualEnd() == null) {
      errors.add(new FieldError("actualEnd", CLOSED_WITHOUT_END));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  // A target is set for a year not before its baseline's; what was achieved lies within the
  // project's span, planned or actual, whichever is wider (an open end: no limit).
  private static void checkResultDates(
      List<FieldError> errors,
      String at,
      ProjectContent.Result result,
      ProjectContent.Dates project) {
    if (result.baseline() != null
        && result.target() != null
        && result.target().year() < result.baseline().year()) {
      errors.add(
          new FieldError(
              at + "target.year",
              "must not be before the baseline's year (" + result.baseline().year() + ")"));
    }
    LocalDate first =
        project.actualStart() != null && project.actualStart().isBefore(project.plannedStart())
            ? project.actualStart()
            : project.plannedStart();
    LocalDate last = later(project.plannedEnd(), project.actualEnd());
    boolean openEnded = project.plannedEnd() == null && project.actualEnd() == null;
    for (int i = 0; i < result.periods().size(); i++) {
      ProjectContent.Period period = result.periods().get(i);
      String field = at + "periods[" + i + "]";
      if (period.periodEnd().isBefore(period.periodStart())) {
        errors.add(new FieldError(field + ".periodEnd", "must not be before periodStart"));
      } else if (period.periodStart().isBefore(first)
          || (!openEnded && last != null && period.periodEnd().isAfter(last))) {
        errors.add(
            new FieldError(
                field,
                "must lie within the project's dates ("
                    + first
                    + " to "
                    + (openEnded ? "open" : last)
                    + ")"));
      }
    }
    for (int i = 0; i < result.baselines().size(); i++) {
      ProjectContent.Baseline b = result.baselines().get(i);
      if (result.target() != null && b.year() > result.target().year()) {
        errors.add(
            new FieldError(
                at + "baselines[" + i + "].year",
                "must not be after the target's year (" + result.target().year() + ")"));
      }
    }
    for (int i = 0; i < result.actuals().size(); i++) {
      ProjectContent.Actual actual = result.actuals().get(i);
      if (actual.periodStart().isBefore(first)
          || (!openEnded && last != null && actual.periodEnd().isAfter(last))) {
        errors.add(
            new FieldError(
                at + "actuals[" + i + "]",
                "must lie within the project's dates ("
                    + first
                    + " to "
                    + (openEnded ? "open" : last)
                    + ")"));
      }
    }
  }

  // Disaggregation by location names a first-level area of the six countries, by its current code.
  private void checkDimensions(List<FieldError> errors, ProjectContent.Result result) {
    for (int i = 0; i < result.baselines().size(); i++) {
      checkDimensions(errors, "baselines[" + i + "]", result.baselines().get(i).dimensions());
    }
    for (int i = 0; i < result.periods().size(); i++) {
      ProjectContent.Period p = result.periods().get(i);
      for (int j = 0; j < p.targets().size(); j++) {
        checkDimensions(
            errors, "periods[" + i + "].targets[" + j + "]", p.targets().get(j).dimensions());
      }
      for (int j = 0; j < p.actuals().size(); j++) {
        checkDimensions(
            errors, "periods[" + i + "].actuals[" + j + "]", p.actuals().get(j).dimensions());
      }
    }
  }

  private void checkDimensions(
      List<FieldError> errors, String at, List<ProjectContent.Dimension> dimensions) {
    Set<String> names = new HashSet<>();
    for (int k = 0; k < dimensions.size(); k++) {
      ProjectContent.Dimension d = dimensions.get(k);
      String field = at + ".dimensions[" + k + "]";
      if (!names.add(d.name())) {
        errors.add(new FieldError(field + ".name", "is given twice"));
      }
      if (d.name().equals("location") && geography.adminArea(d.value()).isEmpty()) {
        errors.add(
            new FieldError(
                field + ".value",
                "must be an ISO 3166-2 first-level area of the six countries, such as KZ-43"));
      }
    }
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private void checkMoney(List<FieldError> errors, String at, ProjectContent.Money money) {
    if (money == null) {
      return;
    }
    if (!codelists.isCurrency(money.currency())) {
      errors.add(new FieldError(at + ".currency", "is not an active ISO 4217 currency code"));
      return;
    }
    int decimals = Decimals.decimalsOf(money.currency());
    if (money.amount().stripTrailingZeros().scale() > decimals) {
      errors.add(
          new FieldError(
              at + ".amount",
              money.currency() + " amounts have at most " + decimals + " decimals"));
    }
  }

  // IATI: each budget covers a period of at most a year; periods of one type do not overlap; the
  // total is theirs (a revised budget replaces the original of the same period).
  private void checkBudgets(List<FieldError> errors, ProjectContent project) {
    List<ProjectContent.PeriodBudget> budgets = project.budgets();
    String currency = budgets.isEmpty() ? null : budgets.get(0).value().currency();
    for (int i = 0; i < budgets.size(); i++) {
      ProjectContent.PeriodBudget b = budgets.get(i);
      String at = "budgets[" + i + "]";
      if (b.periodEnd().isBefore(b.periodStart())) {
        errors.add(new FieldError(at + ".periodEnd", "must not be before periodStart"));
      } else if (!b.periodEnd().isBefore(b.periodStart().plusYears(1))) {
        errors.add(
            new FieldError(
                at + ".periodEnd",
                "must be within a year of periodStart (IATI: a budget covers at most a year)"));
      }
      checkMoney(errors, at + ".value", b.value());
      if (!b.value().currency().equals(currency)) {
        errors.add(
            new FieldError(
                at + ".value.currency",
                "must be the currency of the other budgets (" + currency + ")"));
      }
      for (int j = 0; j < i; j++) {
        ProjectContent.PeriodBudget earlier = budgets.get(j);
        if (earlier.type().equals(b.type())
            && !b.periodStart().isAfter(earlier.periodEnd())
            && !earlier.periodStart().isAfter(b.periodEnd())) {
          errors.add(
              new FieldError(
                  at,
                  "overlaps budgets[" + j + "]: " + b.type() + " budgets cover separate periods"));
          break;
        }
      }
    }
    ProjectContent.Money derived = project.derivedBudget();
    if (derived != null
        && project.budget() != null
        && (derived.amount().compareTo(project.budget().amount()) != 0
            || !derived.currency().equals(project.budget().currency()))) {
      errors.add(
          new FieldError(
              "budget",
              "is derived from budgets ("
                  + derived.amount().toPlainString()
                  + " "
                  + derived.currency()
                  + "): leave it out or send that"));
    }
  }

  // IATI: each sector names its vocabulary; within one vocabulary the percentages sum to 100 (a
  // single sector may leave it out: it has all of the project).
  private void checkSectorShares(List<FieldError> errors, ProjectContent project) {
    List<ProjectContent.SectorShare> shares = project.sectorShares();
    Set<String> seen = new HashSet<>();
    Map<String, List<ProjectContent.SectorShare>> byVocabulary = new java.util.TreeMap<>();
    for (int i = 0; i < shares.size(); i++) {
      ProjectContent.SectorShare t = shares.get(i);
      String at = "sectorShares[" + i + "].code";
      boolean known =
          switch (t.vocabulary()) {
            case "1" -> codelists.isSector(t.code());
            case "2" -> codelists.isSectorCategory(t.code());
            case "7" -> t.code().matches("[1-9]|1[0-7]");
            case "8" -> sdgs.target(t.code()).isPresent();
            default -> true;
          };
      if (!known) {
        errors.add(
            new FieldError(
                at,
                switch (t.vocabulary()) {
                  case "1" -> "is not an OECD DAC 5-digit purpose code";
                  case "2" -> "is not an OECD DAC 3-digit sector category";
                  case "7" -> "is not an SDG goal (1 to 17)";
                  default -> "is not one of the 169 SDG targets";
                }));
      }
      if (!seen.add(t.vocabulary() + " " + t.code())) {
        errors.add(new FieldError(at, "is listed twice in vocabulary " + t.vocabulary()));
      }
      byVocabulary.computeIfAbsent(t.vocabulary(), v -> new ArrayList<>()).add(t);
    }
    byVocabulary.forEach(
        (vocabulary, ofIt) -> {
          if (ofIt.size() == 1 && ofIt.get(0).percentage() == null) {
            return;
          }
          if (ofIt.stream().anyMatch(t -> t.percentage() == null)) {
            errors.add(
                new FieldError(
                    "sectorShares",
                    "vocabulary " + vocabulary + " has several sectors: each needs a percentage"));
            return;
          }
          BigDecimal sum =
              ofIt.stream()
                  .map(ProjectContent.SectorShare::percentage)
                  .reduce(BigDecimal.ZERO, BigDecimal::add);
          if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
            errors.add(
                new FieldError(
                    "sectorShares",
                    "the percentages of vocabulary "
                        + vocabulary
                        + " sum to "
                        + sum.stripTrailingZeros().toPlainString()
                        + ", not 100"));
          }
        });
    List<String> dac = project.dacSectorsOfShares();
    if (!dac.isEmpty()
        && !project.sectors().isEmpty()
        && !Set.copyOf(dac).equals(Set.copyOf(project.sectors()))) {
      errors.add(
          new FieldError(
              "sectors",
              "lists the DAC 5-digit codes of sectorShares ("
                  + String.join(", ", dac)
                  + "): leave it out or send those"));
    }
  }

  private static final String CLOSED_WITHOUT_END =
      "is required to close a project: the day it ended (a closed project has an actual end)";

  // No date is in the future anywhere on Earth once it is today at UTC+14.
  private static LocalDate latestToday() {
    return LocalDate.now(ZoneOffset.ofHours(14));
  }

  private static void checkDates(List<FieldError> errors, ProjectContent.Dates dates) {
    if (dates.plannedEnd() != null && dates.plannedEnd().isBefore(dates.plannedStart())) {
      errors.add(new FieldError("dates.plannedEnd", "must not be before dates.plannedStart"));
    }
    LocalDate today = latestToday();
    if (dates.actualStart() != null && dates.actualStart().isAfter(today)) {
      errors.add(
          new FieldError(
              "dates.actualStart", "must not be in the future: plan it as dates.plannedStart"));
    }
    if (dates.actualEnd() != null && dates.actualEnd().isAfter(today)) {
      errors.add(
          new FieldError(
              "dates.actualEnd", "must not be in the future: plan it as dates.plannedEnd"));
    }
    if (dates.actualEnd() != null) {
      if (dates.actualStart() == null) {
        errors.add(new FieldError("dates.actualStart", "is required when actualEnd is given"));
      } else if (dates.actualEnd().isBefore(dates.actualStart())) {
        errors.add(new FieldError("dates.actualEnd", "must not be before dates.actualStart"));
      }
    }
  }

  private void checkTargets(List<FieldError> errors, List<String> targets) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < targets.size(); i++) {
      String field = "sdgTargets[" + i + "]";
      if (sdgs.target(targets.get(i)).isEmpty()) {
        errors.add(new FieldError(field, "is not one of the 169 SDG targets"));
      } else if (!seen.add(targets.get(i))) {
        errors.add(new FieldError(field, "is listed twice"));
      }
    }
  }

  private void checkSectors(List<FieldError> errors, List<String> sectors) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < sectors.size(); i++) {
      String field = "sectors[" + i + "]";
      if (!codelists.isSector(sectors.get(i))) {
        errors.add(new FieldError(field, "is not an OECD DAC purpose code (IATI Sector)"));
      } else if (!seen.add(sectors.get(i))) {
        errors.add(new FieldError(field, "is listed twice"));
      }
    }
  }

  // IATI: recipient countries and regions together account for the whole project (100 %). SDG Hub
  // is the region's: a project names one of the six countries, or is a regional programme.
  private void checkCountries(
      List<FieldError> errors,
      List<ProjectContent.CountryShare> shares,
      List<ProjectContent.RegionShare> regions) {
    Set<String> seen = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    boolean ofTheSix = false;
    for (int i = 0; i < shares.size(); i++) {
      String field = "recipientCountries[" + i + "].country";
      String country = shares.get(i).country();
      if (!codelists.isCountry(country)) {
        errors.add(new FieldError(field, "is not a country of IATI's Country list (ISO 3166-1)"));
      } else if (!seen.add(country)) {
        errors.add(new FieldError(field, "is listed twice"));
      }
      ofTheSix |= geography.country(country).isPresent();
      sum = sum.add(shares.get(i).percentage());
    }
    for (int i = 0; i < regions.size(); i++) {
      String field = "recipientRegions[" + i + "].region";
      String region = regions.get(i).region();
      if (!codelists.isRegion(region)) {
        errors.add(new FieldError(field, "is not a region of IATI's Region list, such as 619"));
      } else if (!seen.add("region " + region)) {
        errors.add(new FieldError(field, "is listed twice"));
      }
      sum = sum.add(regions.get(i).percentage());
    }
    if (!ofTheSix && regions.isEmpty()) {
      errors.add(
          new FieldError(
              "recipientCountries",
              "must include one of the six countries (AF KG KZ TJ TM UZ), or the project name a"
                  + " recipient region as a regional programme"));
    }
    if (sum.compareTo(HUNDRED) != 0) {
      errors.add(
          new FieldError(
              regions.isEmpty() ? "recipientCountries" : "recipientRegions",
              "percentages of the recipient countries and regions must sum to exactly 100; they"
                  + " sum to "
                  + sum.toPlainString()));
    }
  }

  private void checkLocations(List<FieldError> errors, ProjectContent project) {
    List<String> countries = project.countries();
    List<ProjectContent.Location> locations = project.locations();
    for (int i = 0; i < locations.size(); i++) {
      ProjectContent.Location location = locations.get(i);
      String at = "locations[" + i + "].";
      if (!countries.contains(location.country())) {
        errors.add(
            new FieldError(at + "country", "is not one of the project's recipient countries"));
        continue;
      }
      Optional<AdminArea> area = geography.adminArea(location.adminArea());
      if (area.isEmpty()) {
        errors.add(
            new FieldError(
                at + "adminArea", "is not an ISO 3166-2 first-level area of the six countries"));
      } else if (!area.get().country().equals(location.country())) {
        errors.add(new FieldError(at + "adminArea", "is not an area of " + location.country()));
      }
      ProjectContent.Point point = location.point();
      if (point != null
          && !geography.contains(location.country(), new GeoPoint(point.lat(), point.lon()))) {
        errors.add(new FieldError(at + "point", "does not lie within " + location.country()));
      }
    }
  }

  private static void checkParticipants(
      List<FieldError> errors,
      ProjectContent project,
      ProjectContent previous,
      Map<UUID, KnownOrganisation> known) {
    Set<UUID> before = new HashSet<>();
    if (previous != null) {
      previous.participatingOrganisations().forEach(p -> before.add(p.organisationId()));
    }
    Set<ProjectContent.Participation> seen = new HashSet<>();
    List<ProjectContent.Participation> participants = project.participatingOrganisations();
    for (int i = 0; i < participants.size(); i++) {
      ProjectContent.Participation p = participants.get(i);
      String at = "participatingOrganisations[" + i + "]";
      KnownOrganisation organisation = known.get(p.organisationId());
      if (organisation == null) {
        errors.add(
            new FieldError(
                at + ".organisationId", "is not an organisation known from the partner registry"));
      } else if (organisation.mergedInto() != null && !before.contains(p.organisationId())) {
        errors.add(new FieldError(at + ".organisationId", merged(organisation)));
      } else if (proposedElsewhere(organisation, project) && !before.contains(p.organisationId())) {
        errors.add(new FieldError(at + ".organisationId", PROPOSED));
      } else if (organisation.archived() && !before.contains(p.organisationId())) {
        errors.add(
            new FieldError(
                at + ".organisationId",
                "is archived in the partner registry and cannot be newly added"));
      }
      if (!seen.add(p)) {
        errors.add(new FieldError(at, "lists this organisation in this role twice"));
      }
    }
    if (participants.stream().noneMatch(p -> p.role() == ParticipantRole.ACCOUNTABLE)) {
      errors.add(
          new FieldError(
              "participatingOrganisations", "must include at least one accountable organisation"));
    }
  }

  private static final String PROPOSED =
      "is proposed by another organisation and not yet confirmed by a coordinator: only its"
          + " proposer's projects name it until then";

  // A proposed organisation is usable at once, but only in its proposer's own projects.
  private static boolean proposedElsewhere(KnownOrganisation organisation, ProjectContent project) {
    return organisation.proposedBy() != null
        && !organisation.proposedBy().equals(project.reportingOrganisationId());
  }

  private static String merged(KnownOrganisation organisation) {
    return "was merged into "
        + organisation.mergedInto()
        + " in the partner registry: name that"
        + " organisation instead";
  }

  private static void checkEditors(
      List<FieldError> errors,
      ProjectContent project,
      ProjectContent previous,
      Map<UUID, KnownOrganisation> known) {
    List<UUID> editors = project.editors();
    for (int i = 0; i < editors.size(); i++) {
      UUID editor = editors.get(i);
      String at = "editors[" + i + "]";
      KnownOrganisation organisation = known.get(editor);
      if (editor.equals(project.reportingOrganisationId())) {
        errors.add(
            new FieldError(at, "is the reporting organisation, which edits its project already"));
      } else if (organisation == null) {
        errors.add(new FieldError(at, "is not an organisation known from the partner registry"));
      } else if (organisation.mergedInto() != null
          && (previous == null || !previous.editors().contains(editor))) {
        errors.add(new FieldError(at, merged(organisation)));
      } else if (proposedElsewhere(organisation, project)
          && (previous == null || !previous.editors().contains(editor))) {
        errors.add(new FieldError(at, PROPOSED));
      } else if (organisation.archived()
          && (previous == null || !previous.editors().contains(editor))) {
        errors.add(
            new FieldError(at, "is archived in the partner registry and cannot be newly named"));
      }
    }
  }
}
