package org.sdghub.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.QueryParams;
import org.sdghub.projects.api.ProjectQuery;
import org.sdghub.projects.domain.ActivityStatus;
import org.sdghub.projects.domain.AdminArea;
import org.sdghub.projects.domain.Geography;
import org.sdghub.projects.domain.ParticipantRole;
import org.sdghub.projects.domain.SdgCatalogue;
import org.sdghub.projects.repository.ProjectFilter;

/** Reads the list filters, answering a bad value with a 400 naming the query parameter. */
@ApplicationScoped
public class QueryRules {

  /** The longest full-text query accepted, in characters. */
  static final int MAX_QUERY = 200;

  private final Geography geography;
  private final SdgCatalogue sdgs;

  QueryRules(Geography geography, SdgCatalogue sdgs) {
    this.geography = geography;
    this.sdgs = sdgs;
  }

  /** The checked filter of a query. */
  public ProjectFilter toFilter(ProjectQuery query) {
    Optional<String> country = present(query.country());
    if (country.isPresent() && geography.country(country.get()).isEmpty()) {
      throw new InvalidInput("country", "must be one of the six countries: AF KG KZ TJ TM UZ");
    }
    // A former code (KZ-KZY) finds the area under its current one (KZ-43), the one stored.
    Optional<String> area =
        present(query.adminArea())
            .map(
                code ->
                    geography
                        .adminArea(code)
                        .map(AdminArea::code)
                        .orElseThrow(
                            () ->
                                new InvalidInput(
                                    "adminArea",
                                    "must be an ISO 3166-2 first-level area of the six countries,"
                                        + " such as KZ-43")));
    Optional<String> target = present(query.sdgTarget());
    if (target.isPresent() && sdgs.target(target.get()).isEmpty()) {
      throw new InvalidInput("sdgTarget", "must be one of the 169 SDG targets, such as 6.4");
    }
    Optional<ActivityStatus> status =
        present(query.status())
            .map(
                s ->
                    ActivityStatus.fromApiName(s)
                        .orElseThrow(
                            () ->
                                new InvalidInput(
                                    "status", "must be one of " + ActivityStatus.NAMES)));
    LocalDate from = date("activeFrom", query.activeFrom());
    LocalDate to = date("activeTo", query.activeTo());
    if ((from == null) != (to == null)) {
      throw new InvalidInput(
          from == null ? "activeFrom" : "activeTo", "activeFrom and activeTo go together");
    }
    if (from != null && to.isBefore(from)) {
      throw new InvalidInput("activeTo", "must not be before activeFrom");
    }
    return new ProjectFilter(
        country,
        area,
        goal(query.sdgGoal()),
        target,
        status,
        organisationKey(query.organisation(), query.role()),
        Optional.ofNullable(date("activeOn", query.activeOn())),
        Optional.ofNullable(from),
        Optional.ofNullable(to),
        text(query.q()),
        query.updatedSince());
  }

  private static Optional<Integer> goal(String value) {
    if (present(value).isEmpty()) {
      return Optional.empty();
    }
    try {
      int goal = Integer.parseInt(value.trim());
      if (goal >= 1 && goal <= 17) {
        return Optional.of(goal);
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidInput("sdgGoal", "must be a goal number from 1 to 17");
  }

  private static Optional<String> organisationKey(String organisation, String role) {
    Optional<String> id = present(organisation);
    Optional<String> roleName = present(role);
    if (id.isEmpty()) {
      if (roleName.isPresent()) {
        throw new InvalidInput("role", "needs organisation: the role of which organisation");
      }
      return Optional.empty();
    }
    UUID uuid;
    try {
      uuid = UUID.fromString(id.get());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("organisation", "must be an organisation id (a UUID)");
    }
    if (roleName.isEmpty()) {
      return Optional.of(uuid.toString());
    }
    if (!roleName.get().equals("reporting")
        && ParticipantRole.fromApiName(roleName.get()).isEmpty()) {
      throw new InvalidInput("role", "must be one of " + ParticipantRole.NAMES + " or reporting");
    }
    return Optional.of(uuid + ":" + roleName.get());
  }

  private static Optional<String> text(String q) {
    Optional<String> text = present(q);
    if (text.isPresent() && text.get().length() > MAX_QUERY) {
      throw new InvalidInput("q", "must be at most " + MAX_QUERY + " characters");
    }
    return text;
  }

  private static LocalDate date(String parameter, String value) {
    return QueryParams.date(parameter, value).orElse(null);
  }

  private static Optional<String> present(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
