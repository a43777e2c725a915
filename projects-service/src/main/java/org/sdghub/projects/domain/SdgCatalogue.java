package org.sdghub.projects.domain;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SDG goals, targets and indicators with their labels, for validation and reference lists; read
 * once, at start, from the module's resources (see {@code reference/README.md}).
 */
@ApplicationScoped
@Startup
public class SdgCatalogue {

  /** The number of goals. */
  public static final int GOALS = 17;

  private final SdgData data;

  public SdgCatalogue() {
    this.data = SdgData.bundled();
  }

  /** All 17 goals, in order. */
  public List<SdgGoal> goals() {
    return data.goals();
  }

  /** All 169 targets, in order. */
  public List<SdgTarget> targets() {
    return data.targets();
  }

  /** All global indicators, in order. */
  public List<SdgIndicator> indicators() {
    return data.indicators();
  }

  /** The goal with this number, if it is one of the 17. */
  public Optional<SdgGoal> goal(int number) {
    return number >= 1 && number <= GOALS
        ? Optional.of(data.goals().get(number - 1))
        : Optional.empty();
  }

  /** The goal's short title ("Clean water and sanitation") by language; empty for no goal. */
  public Map<String, String> shortTitle(int goal) {
    return data.shortTitles().getOrDefault(goal, Map.of());
  }

  /** The target with this code ({@code 6.4}, {@code 6.a}), if it is one of the 169. */
  public Optional<SdgTarget> target(String code) {
    return Optional.ofNullable(code).map(data.targetsByCode()::get);
  }

  /** The targets of one goal, in order; empty for a number that is not a goal. */
  public List<SdgTarget> targetsOf(int goal) {
    return data.targets().stream().filter(t -> t.goal() == goal).toList();
  }

  /** The indicator with this code ({@code 6.4.2}), if it is a global SDG indicator. */
  public Optional<SdgIndicator> indicator(String code) {
    return Optional.ofNullable(code).map(data.indicatorsByCode()::get);
  }

  /** The indicators of one goal, in order; empty for a number that is not a goal. */
  public List<SdgIndicator> indicatorsOf(int goal) {
    return data.indicators().stream().filter(i -> i.goal() == goal).toList();
  }

  /** The indicators of one target ({@code 6.4}), in order; empty for an unknown target. */
  public List<SdgIndicator> indicatorsOf(String target) {
    return data.indicators().stream().filter(i -> i.target().equals(target)).toList();
  }
}
