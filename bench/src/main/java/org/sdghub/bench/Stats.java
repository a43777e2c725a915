package org.sdghub.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The two computations every reported figure goes through: the median of runs and the ratio. */
final class Stats {

  private Stats() {}

  /**
   * The median of the runs: the middle value, or the mean of the two middle ones. A median rather
   * than a mean, so one run disturbed by something else on the machine does not move the figure.
   */
  static double median(List<Double> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("No runs to take the median of");
    }
    List<Double> sorted = new ArrayList<>(runs);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  /** {@code target / baseline}, or NaN when the baseline measured nothing. */
  static double ratio(double target, double baseline) {
    return baseline > 0 ? target / baseline : Double.NaN;
  }

  /** The ratio of the medians of two series of runs (not the median of per-run ratios). */
  static double ratioOfMedians(List<Double> target, List<Double> baseline) {
    return ratio(median(target), median(baseline));
  }
}
