package org.sdghub.gateway.domain;

import java.util.List;
import java.util.UUID;

/** Which events of the change feed a subscriber wants; an empty list leaves a dimension open. */
public record ChangeFeedFilter(
    List<String> types,
    List<String> countries,
    List<String> adminAreas,
    List<Integer> sdgGoals,
    List<String> sdgTargets,
    List<UUID> organisations,
    List<String> statuses) {

  public ChangeFeedFilter {
    types = List.copyOf(types);
    countries = List.copyOf(countries);
    adminAreas = List.copyOf(adminAreas);
    sdgGoals = List.copyOf(sdgGoals);
    sdgTargets = List.copyOf(sdgTargets);
    organisations = List.copyOf(organisations);
    statuses = List.copyOf(statuses);
  }
}
