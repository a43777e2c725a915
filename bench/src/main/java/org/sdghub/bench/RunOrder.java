package org.sdghub.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The order in which the sides of a comparison are measured in each run: as given in odd runs,
 * reversed in even ones (baseline, target, target, baseline...). A slow drift of the machine (heat,
 * a neighbour, the generator's own warm-up) then weighs on both sides alike instead of always on
 * the one measured first.
 */
final class RunOrder {

  private RunOrder() {}

  /** The sides in the order run {@code run} (counted from 1) measures them. */
  static <T> List<T> forRun(int run, List<T> sides) {
    List<T> order = new ArrayList<>(sides);
    if (run % 2 == 0) {
      Collections.reverse(order);
    }
    return order;
  }
}
