package org.sdghub.gateway.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What an event of the change feed is about, so that a subscriber can filter like the 3W. */
public record ChangeFeedTags(
    List<String> countries,
    List<String> adminAreas,
    List<Integer> sdgGoals,
    List<String> sdgTargets,
    List<UUID> organisations,
    List<String> statuses) {

  public static final ChangeFeedTags NONE =
      new ChangeFeedTags(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  /** The tags of an organisation's event: the organisation only. */
  public static ChangeFeedTags of(ReadModelOrganisation organisation) {
    return new ChangeFeedTags(
        List.of(), List.of(), List.of(), List.of(), List.of(organisation.id()), List.of());
  }

  /** The tags of a project's event: everything its rows can be filtered by. */
  public static ChangeFeedTags of(ReadModelProject project) {
    Set<String> countries = new LinkedHashSet<>();
    project.recipientCountries().forEach(c -> countries.add(c.country()));
    Set<String> areas = new LinkedHashSet<>();
    project.locations().forEach(l -> areas.add(l.adminArea()));
    Set<Integer> goals = new LinkedHashSet<>(project.sdgGoals());
    project.sdgTargets().forEach(t -> goals.add(Integer.parseInt(t.substring(0, t.indexOf('.')))));
    Set<UUID> organisations = new LinkedHashSet<>();
    organisations.add(project.reportingOrganisationId());
    project.participants().forEach(p -> organisations.add(p.organisationId()));
    return new ChangeFeedTags(
        List.copyOf(countries),
        List.copyOf(areas),
        List.copyOf(goals),
        project.sdgTargets(),
        List.copyOf(organisations),
        List.of(project.status()));
  }
}
