package org.sdghub.funding.service;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sdghub.funding.domain.CountryShare;
import org.sdghub.funding.domain.FundingTransaction;
import org.sdghub.funding.domain.ProjectCopy;
import org.sdghub.platform.InvalidInput;

/**
 * How a summary groups its figures. A transaction adds to the groups of its keys, each with a
 * weight: a project's recipient countries split it by their percentages; each of its SDG goals gets
 * the whole (goals are not additive).
 */
public enum Grouping {
  DONOR("donor", false),
  RECEIVER("receiver", false),
  COUNTRY("country", true),
  SDG_GOAL("sdgGoal", true),
  PROJECT("project", true),
  YEAR("year", false);

  static final String UNSPECIFIED = "unspecified";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String apiName;
  private final boolean hasBudget;

  Grouping(String apiName, boolean hasBudget) {
    this.apiName = apiName;
    this.hasBudget = hasBudget;
  }

  public String apiName() {
    return apiName;
  }

  /** Whether its groups have budgets (those of projects, countries and goals do). */
  boolean hasBudget() {
    return hasBudget;
  }

  /** The grouping a query parameter names; 400 otherwise. */
  public static Grouping parse(String value) {
    return Arrays.stream(values())
        .filter(g -> g.apiName.equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInput(
                    "groupBy", "must be one of donor, receiver, country, sdgGoal, project, year"));
  }

  /** The groups a transaction on the project adds to, with their weights. */
  Map<String, BigDecimal> keys(FundingTransaction transaction, ProjectCopy project) {
    return switch (this) {
      case DONOR -> Map.of(transaction.providerId.toString(), BigDecimal.ONE);
      case RECEIVER -> Map.of(transaction.receiverId.toString(), BigDecimal.ONE);
      case YEAR -> Map.of(Integer.toString(transaction.valueDate.getYear()), BigDecimal.ONE);
      default -> keys(project);
    };
  }

  /** The groups a project's budget adds to, with their weights (project-level groupings only). */
  Map<String, BigDecimal> keys(ProjectCopy project) {
    return switch (this) {
      case PROJECT -> Map.of(project.id.toString(), BigDecimal.ONE);
      case COUNTRY -> countries(project.recipientCountries);
      case SDG_GOAL -> goals(project.sdgGoals);
      default -> Map.of();
    };
  }

  private static Map<String, BigDecimal> countries(List<CountryShare> shares) {
    if (shares.isEmpty()) {
      return Map.of(UNSPECIFIED, BigDecimal.ONE);
    }
    return shares.stream()
        .collect(
            java.util.stream.Collectors.toMap(
                CountryShare::country, s -> s.percentage().divide(HUNDRED), BigDecimal::add));
  }

  private static Map<String, BigDecimal> goals(List<Integer> goals) {
    if (goals.isEmpty()) {
      return Map.of(UNSPECIFIED, BigDecimal.ONE);
    }
    return goals.stream()
        .distinct()
        .collect(java.util.stream.Collectors.toMap(String::valueOf, g -> BigDecimal.ONE));
  }
}
