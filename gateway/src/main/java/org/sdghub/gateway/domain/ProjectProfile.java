package org.sdghub.gateway.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What coordination compares of an active project, from its matching rows: its SDG targets, the
 * areas it names, its accountable organisations and funders, and when it runs.
 *
 * @param end null when open-ended
 */
public record ProjectProfile(
    UUID id,
    String title,
    Set<String> targets,
    Set<String> areas,
    Set<UUID> accountable,
    Set<UUID> funders,
    LocalDate start,
    LocalDate end) {

  public ProjectProfile {
    targets = Set.copyOf(targets);
    areas = Set.copyOf(areas);
    accountable = Set.copyOf(accountable);
    funders = Set.copyOf(funders);
  }
}
