package org.sdghub.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.NotFound;
import org.sdghub.platform.Page;
import org.sdghub.projects.api.ReferenceViews.AdminAreaView;
import org.sdghub.projects.api.ReferenceViews.Centroid;
import org.sdghub.projects.api.ReferenceViews.CodelistEntryView;
import org.sdghub.projects.api.ReferenceViews.CountryView;
import org.sdghub.projects.api.ReferenceViews.SdgGoalView;
import org.sdghub.projects.api.ReferenceViews.SdgIndicatorView;
import org.sdghub.projects.api.ReferenceViews.SdgTargetView;
import org.sdghub.projects.domain.AdminArea;
import org.sdghub.projects.domain.Codelists;
import org.sdghub.projects.domain.GeoPoint;
import org.sdghub.projects.domain.Geography;
import org.sdghub.projects.domain.SdgCatalogue;
import org.sdghub.projects.domain.SdgTarget;

/**
 * The reference lists as the API answers them: SDG goals, targets and indicators, the six countries
 * and their first-level areas, and the code lists, each whole, filtered as asked. A filter that
 * names nothing known is a 400 naming the parameter; an unknown code list a 404.
 */
@ApplicationScoped
public class ReferenceData {

  // Strict, so that one list has one spelling (no "06" or " 6"), which keeps response caches small.
  private static final Pattern GOAL = Pattern.compile("[1-9]|1[0-7]");

  private final SdgCatalogue sdgs;
  private final Geography geography;
  private final Codelists codelists;

  ReferenceData(SdgCatalogue sdgs, Geography geography, Codelists codelists) {
    this.sdgs = sdgs;
    this.geography = geography;
    this.codelists = codelists;
  }

  /** The 17 goals. */
  public Page<SdgGoalView> goals() {
    return whole(
        sdgs.goals().stream()
            .map(g -> new SdgGoalView(g.number(), g.title(), sdgs.shortTitle(g.number())))
            .toList());
  }

  /** The targets, of one goal when {@code goal} is given. */
  public Page<SdgTargetView> targets(String goal) {
    List<SdgTarget> targets = goal == null ? sdgs.targets() : sdgs.targetsOf(goal(goal));
    return whole(
        targets.stream().map(t -> new SdgTargetView(t.code(), t.goal(), t.title())).toList());
  }

  /** The indicators, of one goal and/or one target of it when given. */
  public Page<SdgIndicatorView> indicators(String goal, String target) {
    Integer goalNumber = goal == null ? null : goal(goal);
    SdgTarget of = target == null ? null : target(target, goalNumber);
    return whole(
        sdgs.indicators().stream()
            .filter(i -> goalNumber == null || i.goal() == goalNumber)
            .filter(i -> of == null || i.target().equals(of.code()))
            .map(i -> new SdgIndicatorView(i.code(), i.target(), i.goal(), i.title()))
            .toList());
  }

  /** The six countries. */
  public Page<CountryView> countries() {
    return whole(
        geography.countries().stream()
            .map(c -> new CountryView(c.code(), c.name(), centroid(c.centroid())))
            .toList());
  }

  /** The first-level areas, of one country when {@code country} is given. */
  public Page<AdminAreaView> adminAreas(String country) {
    if (country != null && geography.country(country).isEmpty()) {
      throw new InvalidInput("country", "must be one of " + countryCodes());
    }
    return whole(geography.adminAreas(country).stream().map(this::view).toList());
  }

  /** The entries of the code list with this name; 404 when there is no such list. */
  public Page<CodelistEntryView> codelist(String name) {
    return whole(
        codelists
            .entries(name)
            .orElseThrow(
                () ->
                    new NotFound(
                        "No code list named '"
                            + name
                            + "'; the code lists are "
                            + String.join(", ", codelists.names())
                            + "."))
            .stream()
            .map(e -> new CodelistEntryView(e.code(), e.value(), e.name(), e.description()))
            .toList());
  }

  private int goal(String goal) {
    if (!GOAL.matcher(goal).matches()) {
      throw new InvalidInput("goal", "must be an SDG goal number, 1 to 17");
    }
    return Integer.parseInt(goal);
  }

  private SdgTarget target(String code, Integer goal) {
    SdgTarget target =
        sdgs.target(code)
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "target", "must be one of the 169 SDG targets, such as 6.4 or 6.a"));
    if (goal != null && target.goal() != goal) {
      throw new InvalidInput("target", "is not a target of goal " + goal);
    }
    return target;
  }

  private AdminAreaView view(AdminArea area) {
    return new AdminAreaView(
        area.code(),
        area.country(),
        area.name(),
        centroid(area.centroid()),
        geography.formerCodes(area.code()));
  }

  private String countryCodes() {
    return geography.countries().stream().map(c -> c.code()).collect(Collectors.joining(", "));
  }

  private static Centroid centroid(GeoPoint point) {
    return new Centroid(point.lat(), point.lon());
  }

  /** A reference list is answered whole: one page holding every item. */
  private static <T> Page<T> whole(List<T> items) {
    return new Page<>(List.copyOf(items), 0, items.size(), items.size());
  }
}
