package org.sdghub.gateway.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A who-what-where question: which rows (each list a set of accepted values, empty = any; rows must
 * match every filter), and optionally how to group them. A project matches when one of its rows
 * does; dates select projects active on a day or over a period (an open end is still active).
 */
public record WhoWhatWhereQuery(
    List<String> countries,
    List<String> adminAreas,
    List<Integer> sdgGoals,
    List<String> sdgTargets,
    List<UUID> organisations,
    List<String> orgKinds,
    List<String> orgTypes,
    List<String> roles,
    List<String> statuses,
    LocalDate activeOn,
    LocalDate activeFrom,
    LocalDate activeTo,
    List<WhoWhatWhereDimension> groupBy) {

  public WhoWhatWhereQuery {
    countries = List.copyOf(countries);
    adminAreas = List.copyOf(adminAreas);
    sdgGoals = List.copyOf(sdgGoals);
    sdgTargets = List.copyOf(sdgTargets);
    organisations = List.copyOf(organisations);
    orgKinds = List.copyOf(orgKinds);
    orgTypes = List.copyOf(orgTypes);
    roles = List.copyOf(roles);
    statuses = List.copyOf(statuses);
    groupBy = List.copyOf(groupBy);
  }

  /** The same filters, no grouping. */
  public WhoWhatWhereQuery ungrouped() {
    return new WhoWhatWhereQuery(
        countries,
        adminAreas,
        sdgGoals,
        sdgTargets,
        organisations,
        orgKinds,
        orgTypes,
        roles,
        statuses,
        activeOn,
        activeFrom,
        activeTo,
        List.of());
  }
}
