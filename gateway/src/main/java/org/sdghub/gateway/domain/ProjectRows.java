package org.sdghub.gateway.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sdghub.gateway.domain.ReadModelProject.Participation;
import org.sdghub.gateway.domain.ReadModelProject.Place;
import org.sdghub.gateway.domain.ReadModelProject.RecipientShare;

/**
 * Derives a project's who-what-where rows: places × SDG targets × participations not declined.
 * Deterministic: the same project state always gives the same rows in the same order, which a
 * rebuild relies on.
 */
public final class ProjectRows {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ProjectRows() {}

  /** The SDG goal and target of a row; both null for a project without either. */
  record Sdg(Integer goal, String target) {}

  /** The project's rows with its money split by country share; none for a deleted project. */
  public static List<WhoWhatWhereRow> of(ReadModelProject project, ProjectMoney money) {
    if (project.deleted()) {
      return List.of();
    }
    List<WhoWhatWhereRow> rows = new ArrayList<>();
    List<Sdg> sdgs = sdgs(project);
    List<Participation> participants = participants(project);
    for (RecipientShare share : project.recipientCountries()) {
      BigDecimal fraction = fraction(share.percentage());
      Shares shares = Shares.of(money, fraction);
      for (Place place : places(project, share.country())) {
        for (Sdg sdg : sdgs) {
          for (Participation participant : participants) {
            rows.add(row(project, place, sdg, participant, fraction, shares));
          }
        }
      }
    }
    return rows;
  }

  private static WhoWhatWhereRow row(
      ReadModelProject project,
      Place place,
      Sdg sdg,
      Participation participant,
      BigDecimal fraction,
      Shares shares) {
    return new WhoWhatWhereRow(
        project.id(),
        place.country(),
        place.adminArea(),
        place.name(),
        place.lat(),
        place.lon(),
        sdg.goal(),
        sdg.target(),
        participant.organisationId(),
        participant.role(),
        participant.confirmation(),
        project.status(),
        project.start(),
        project.end(),
        fraction,
        shares.budget(),
        shares.committed(),
        shares.disbursed());
  }

  /** A recipient country's percentage (0 to 100) as the fraction its rows carry. */
  public static BigDecimal fraction(BigDecimal percentage) {
    return percentage.divide(HUNDRED, 6, RoundingMode.HALF_EVEN);
  }

  /** A whole project's money on the rows of one country: each amount times its share. */
  public record Shares(BigDecimal budget, BigDecimal committed, BigDecimal disbursed) {

    /** The shares of {@code money} for a country of this fraction (its rows' country_share). */
    public static Shares of(ProjectMoney money, BigDecimal fraction) {
      return new Shares(
          share(money.budgetUsd(), fraction),
          share(money.committedUsd(), fraction),
          share(money.disbursedUsd(), fraction));
    }
  }

  /** The project's locations in the country, or the country itself when it names none there. */
  static List<Place> places(ReadModelProject project, String country) {
    Set<Place> places = new LinkedHashSet<>();
    for (Place location : project.locations()) {
      if (country.equals(location.country())) {
        places.add(location);
      }
    }
    return places.isEmpty()
        ? List.of(new Place(country, null, null, null, null))
        : List.of(places.toArray(Place[]::new));
  }

  /** Each target with its goal, then each goal none of whose targets is listed. */
  static List<Sdg> sdgs(ReadModelProject project) {
    Set<Sdg> sdgs = new LinkedHashSet<>();
    Set<Integer> goalsWithTargets = new LinkedHashSet<>();
    for (String target : project.sdgTargets()) {
      int goal = Integer.parseInt(target.substring(0, target.indexOf('.')));
      goalsWithTargets.add(goal);
      sdgs.add(new Sdg(goal, target));
    }
    for (Integer goal : project.sdgGoals()) {
      if (!goalsWithTargets.contains(goal)) {
        sdgs.add(new Sdg(goal, null));
      }
    }
    return sdgs.isEmpty() ? List.of(new Sdg(null, null)) : List.copyOf(sdgs);
  }

  // A declined listing is not the organisation's work: no rows. A project all of whose listings
  // were
  // declined still has its rows, without an organisation, like one without participants.
  private static List<Participation> participants(ReadModelProject project) {
    Set<Participation> distinct = new LinkedHashSet<>();
    for (Participation participant : project.participants()) {
      if (!participant.declined()) {
        distinct.add(participant);
      }
    }
    return distinct.isEmpty()
        ? List.of(new Participation(null, null, null))
        : List.copyOf(distinct);
  }

  private static BigDecimal share(BigDecimal amount, BigDecimal fraction) {
    return amount == null ? null : amount.multiply(fraction).setScale(2, RoundingMode.HALF_EVEN);
  }
}
