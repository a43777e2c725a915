package org.sdghub.gateway.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The places and projects whose funding gap (USD budget − committed) is largest, among the active
 * projects matching a query; money is shared as in the grouped 3W (each project's country share
 * once per place).
 */
public record FundingGaps(List<Place> areas, List<Project> projects) {

  public FundingGaps {
    areas = List.copyOf(areas);
    projects = List.copyOf(projects);
  }

  /**
   * A place (a first-level area, the country for projects naming no area there, or a country at
   * {@code level=country}) and its money.
   */
  public record Place(
      String place,
      String placeName,
      long projects,
      BigDecimal budgetUsd,
      BigDecimal committedUsd,
      BigDecimal disbursedUsd,
      BigDecimal gapUsd) {

    /** The same place with its name. */
    public Place named(String name) {
      return new Place(place, name, projects, budgetUsd, committedUsd, disbursedUsd, gapUsd);
    }
  }

  /** A project and its money in the matching countries. */
  public record Project(
      UUID id,
      String iatiIdentifier,
      String title,
      BigDecimal budgetUsd,
      BigDecimal committedUsd,
      BigDecimal disbursedUsd,
      BigDecimal gapUsd) {}
}
