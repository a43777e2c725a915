package org.sdghub.projects.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.sdghub.projects.api.Budget;
import org.sdghub.projects.api.BudgetPeriod;
import org.sdghub.projects.api.Dates;
import org.sdghub.projects.api.LocalisedDescription;
import org.sdghub.projects.api.LocalisedText;
import org.sdghub.projects.api.Location;
import org.sdghub.projects.api.Participant;
import org.sdghub.projects.api.ParticipantView;
import org.sdghub.projects.api.Point;
import org.sdghub.projects.api.ProjectRequest;
import org.sdghub.projects.api.ProjectView;
import org.sdghub.projects.api.RecipientCountry;
import org.sdghub.projects.api.RecipientRegion;
import org.sdghub.projects.api.SectorShare;
import org.sdghub.projects.domain.ActivityStatus;
import org.sdghub.projects.domain.Decimals;
import org.sdghub.projects.domain.ParticipantRole;
import org.sdghub.projects.domain.ProjectContent;
import org.sdghub.projects.events.ProjectState;

/**
 * The one place where a project changes shape: request record to domain content, content to
 * response record (the stored document) and to event payload, and back to a request for a merge
 * patch. Text is trimmed; absent lists are empty. Results have their own {@link ResultConversions}.
 */
final class ProjectConversions {

  private ProjectConversions() {}

  /**
   * The content a request describes, once its constraints passed; {@code status} is the one the
   * project gets (the request's own is checked by the caller). Its listings are unconfirmed (see
   * {@link ProjectContent#withAnswersFrom}); editors left out are none here (a replace keeps the
   * stored ones, see {@link ProjectService}).
   */
  static ProjectContent toContent(
      ProjectRequest r, ActivityStatus status, List<ProjectContent.Result> results) {
    Dates d = r.dates();
    return new ProjectContent(
        r.iatiIdentifier() == null ? null : r.iatiIdentifier().trim(),
        r.reportingOrganisationId(),
        text(r.title()),
        r.description() == null ? null : text(r.description()),
        status,
        new ProjectContent.Dates(d.plannedStart(), d.plannedEnd(), d.actualStart(), d.actualEnd()),
        list(r.sdgTargets(), Function.identity()),
        r.sdgGoalTags() == null ? List.of() : r.sdgGoalTags().stream().distinct().sorted().toList(),
        list(r.sectors(), Function.identity()),
        list(
            r.sectorShares(),
            t ->
                new ProjectContent.SectorShare(
                    t.vocabulary(),
                    t.code().trim(),
                    t.percentage() == null ? null : Decimals.canonical(t.percentage()))),
        list(
            r.recipientCountries(),
            c -> new ProjectContent.CountryShare(c.country(), Decimals.canonical(c.percentage()))),
        list(
            r.recipientRegions(),
            g -> new ProjectContent.RegionShare(g.region(), Decimals.canonical(g.percentage()))),
        list(r.locations(), ProjectConversions::toLocation),
        list(
            r.participatingOrganisations(),
            p ->
                ProjectContent.Participation.listed(
                    p.organisationId(), ParticipantRole.fromApiName(p.role()).orElseThrow())),
        r.editors() == null ? null : r.editors().stream().distinct().toList(),
        toMoney(r.budget()),
        list(
            r.budgets(),
            b ->
                new ProjectContent.PeriodBudget(
                    b.type(),
                    b.status(),
                    b.periodStart(),
                    b.periodEnd(),
                    toMoney(b.value()),
                    b.valueDate())),
        List.copyOf(results));
  }

  /** The writable fields of a stored project, as a client would send them back. */
  static ProjectRequest toRequest(ProjectContent c) {
    return new ProjectRequest(
        c.iatiIdentifier(),
        c.reportingOrganisationId(),
        localisedText(c.title()),
        c.description() == null ? null : localisedDescription(c.description()),
        c.status().apiName(),
        toDates(c.dates()),
        c.sdgTargets(),
        c.sdgGoalTags(),
        c.sectors(),
        toShares(c.sectorShares()),
        c.recipientCountries().stream()
            .map(s -> new RecipientCountry(s.country(), s.percentage()))
            .toList(),
        c.recipientRegions().stream()
            .map(g -> new RecipientRegion(g.region(), g.percentage()))
            .toList(),
        c.locations().stream().map(ProjectConversions::toLocation).toList(),
        c.participatingOrganisations().stream()
            .map(p -> new Participant(p.organisationId(), p.role().apiName()))
            .toList(),
        c.editors(),
        toBudget(c.budget()),
        toPeriods(c.budgets()));
  }

  /**
   * The project as the API reads it, participants without their names (a read adds the current
   * ones): what is stored as the document.
   */
  static ProjectView toView(
      UUID id, ProjectContent c, long version, Instant createdAt, Instant updatedAt) {
    return new ProjectView(
        id,
        c.iatiIdentifier(),
        c.reportingOrganisationId(),
        localisedText(c.title()),
        c.description() == null ? null : localisedDescription(c.description()),
        c.status().apiName(),
        toDates(c.dates()),
        c.sdgTargets(),
        c.sdgGoalTags(),
        c.sdgGoals(),
        c.sectors(),
        toShares(c.sectorShares()),
        c.recipientCountries().stream()
            .map(s -> new RecipientCountry(s.country(), s.percentage()))
            .toList(),
        c.recipientRegions().stream()
            .map(g -> new RecipientRegion(g.region(), g.percentage()))
            .toList(),
        c.locations().stream().map(ProjectConversions::toLocation).toList(),
        c.participatingOrganisations().stream()
            .map(
                p ->
                    new ParticipantView(
                        p.organisationId(),
                        p.role().apiName(),
                        null,
                        false,
                        p.confirmation().apiName(),
                        p.confirmationNote()))
            .toList(),
        c.editors(),
        toBudget(c.budget()),
        toPeriods(c.budgets()),
        c.results().stream().map(ResultConversions::toView).toList(),
        version,
        createdAt,
        updatedAt);
  }

  /** The event data: the project's full state after the change. */
  static ProjectState toState(
      UUID id, ProjectContent c, long version, Instant createdAt, Instant updatedAt) {
    ProjectContent.Dates d = c.dates();
    return new ProjectState(
        id,
        c.iatiIdentifier(),
        c.reportingOrganisationId(),
        c.title(),
        c.description(),
        c.status().apiName(),
        new ProjectState.Dates(d.plannedStart(), d.plannedEnd(), d.actualStart(), d.actualEnd()),
        c.sdgTargets(),
        c.sdgGoalTags(),
        c.sdgGoals(),
        c.sectors(),
        c.sectorShares().stream()
            .map(t -> new ProjectState.SectorShare(t.vocabulary(), t.code(), t.percentage()))
            .toList(),
        c.recipientCountries().stream()
            .map(s -> new ProjectState.RecipientCountry(s.country(), s.percentage()))
            .toList(),
        c.recipientRegions().stream()
            .map(g -> new ProjectState.RecipientRegion(g.region(), g.percentage()))
            .toList(),
        c.locations().stream()
            .map(
                l ->
                    new ProjectState.Location(
                        l.country(),
                        l.adminArea(),
                        l.name(),
                        l.point() == null
                            ? null
                            : new ProjectState.Point(l.point().lat(), l.point().lon())))
            .toList(),
        c.participatingOrganisations().stream()
            .map(
                p ->
                    new ProjectState.Participant(
                        p.organisationId(),
                        p.role().apiName(),
                        p.confirmation().apiName(),
                        p.confirmationNote()))
            .toList(),
        c.editors(),
        c.budget() == null
            ? null
            : new ProjectState.Money(c.budget().amount().toPlainString(), c.budget().currency()),
        c.budgets().stream()
            .map(
                b ->
                    new ProjectState.Budget(
                        b.type(),
                        b.status(),
                        b.periodStart(),
                        b.periodEnd(),
                        new ProjectState.Money(
                            b.value().amount().toPlainString(), b.value().currency()),
                        b.valueDate()))
            .toList(),
        c.results().stream().map(ResultConversions::toState).toList(),
        version,
        createdAt,
        updatedAt);
  }

  static Map<String, String> text(LocalisedText t) {
    return languages(t.en(), t.ru(), t.kk(), t.ky(), t.tg(), t.tk(), t.uz(), t.fa(), t.ps());
  }

  static LocalisedText localisedText(Map<String, String> t) {
    return new LocalisedText(
        t.get("en"),
        t.get("ru"),
        t.get("kk"),
        t.get("ky"),
        t.get("tg"),
        t.get("tk"),
        t.get("uz"),
        t.get("fa"),
        t.get("ps"));
  }

  static <T, R> List<R> list(List<T> values, Function<T, R> converter) {
    return values == null ? List.of() : values.stream().map(converter).toList();
  }

  private static Map<String, String> text(LocalisedDescription t) {
    return languages(t.en(), t.ru(), t.kk(), t.ky(), t.tg(), t.tk(), t.uz(), t.fa(), t.ps());
  }

  private static LocalisedDescription localisedDescription(Map<String, String> t) {
    return new LocalisedDescription(
        t.get("en"),
        t.get("ru"),
        t.get("kk"),
        t.get("ky"),
        t.get("tg"),
        t.get("tk"),
        t.get("uz"),
        t.get("fa"),
        t.get("ps"));
  }

  /** The texts by language code, in the API's language order, blank ones left out. */
  private static Map<String, String> languages(String... byLanguage) {
    String[] codes = {"en", "ru", "kk", "ky", "tg", "tk", "uz", "fa", "ps"};
    Map<String, String> text = new LinkedHashMap<>();
    for (int i = 0; i < codes.length; i++) {
      if (byLanguage[i] != null && !byLanguage[i].isBlank()) {
        text.put(codes[i], byLanguage[i].trim());
      }
    }
    return text;
  }

  private static ProjectContent.Location toLocation(Location l) {
    return new ProjectContent.Location(
        l.country(),
        l.adminArea(),
        l.name() == null || l.name().isBlank() ? null : l.name().trim(),
        l.point() == null ? null : new ProjectContent.Point(l.point().lat(), l.point().lon()));
  }

  private static Location toLocation(ProjectContent.Location l) {
    return new Location(
        l.country(),
        l.adminArea(),
        l.name(),
        l.point() == null ? null : new Point(l.point().lat(), l.point().lon()));
  }

  private static Dates toDates(ProjectContent.Dates d) {
    return new Dates(d.plannedStart(), d.plannedEnd(), d.actualStart(), d.actualEnd());
  }

  private static ProjectContent.Money toMoney(Budget budget) {
    return budget == null
        ? null
        : new ProjectContent.Money(
            Decimals.money(new BigDecimal(budget.amount()), budget.currency()), budget.currency());
  }

  private static List<BudgetPeriod> toPeriods(List<ProjectContent.PeriodBudget> budgets) {
    return budgets.stream()
        .map(
            b ->
                new BudgetPeriod(
                    b.type(),
                    b.status(),
                    b.periodStart(),
                    b.periodEnd(),
                    toBudget(b.value()),
                    b.valueDate()))
        .toList();
  }

  private static List<SectorShare> toShares(List<ProjectContent.SectorShare> shares) {
    return shares.stream()
        .map(t -> new SectorShare(t.vocabulary(), t.code(), t.percentage()))
        .toList();
  }

  private static Budget toBudget(ProjectContent.Money money) {
    return money == null ? null : new Budget(money.amount().toPlainString(), money.currency());
  }
}
