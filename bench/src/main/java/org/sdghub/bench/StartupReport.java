package org.sdghub.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The tables of the {@code startup} command: each run's starts in the order they happened, then
 * each application's medians, its start as a ratio to the trivial application's, and the targets.
 */
final class StartupReport {

  /** A service starts in at most twice the time of the trivial Quarkus application. */
  static final double START_RATIO_TARGET = 2.0;

  /** A service's resident memory, after the load, stays within this. */
  static final double RSS_TARGET_MB = 200;

  private final PrintStream out;

  StartupReport(PrintStream out) {
    this.out = out;
  }

  void run(int run, Map<StartupBench.Side, StartupSample> samples) {
    out.printf("%nRun %d (in this order; each JVM stopped before the next starts)%n", run);
    Table table =
        new Table(
            "application",
            "ready ms",
            "first read ms",
            "RSS ready MB",
            "RSS load MB",
            "peak MB",
            "load req/s");
    samples.forEach(
        (side, sample) ->
            table.row(
                side.name(),
                Fmt.whole(sample.readyMs()),
                Fmt.whole(sample.firstReadMs()),
                Fmt.oneDecimal(sample.atReady().rssMb()),
                Fmt.oneDecimal(sample.afterLoad().rssMb()),
                Fmt.oneDecimal(sample.afterLoad().peakRssMb()),
                Fmt.whole(sample.loadRate())));
    out.print(table.render());
  }

  void summary(List<StartupBench.Side> sides, List<Map<StartupBench.Side, StartupSample>> runs) {
    out.print(summaryText(sides, runs));
  }

  /**
   * The medians over {@code runs}; the first of {@code sides} is the trivial application that the
   * others are divided by. The start target is judged on the first real read.
   */
  static String summaryText(
      List<StartupBench.Side> sides, List<Map<StartupBench.Side, StartupSample>> runs) {
    StartupBench.Side baseline = sides.get(0);
    double baselineReady = median(runs, baseline, StartupSample::readyMs);
    double baselineRead = median(runs, baseline, StartupSample::firstReadMs);
    Table table =
        new Table(
            "application",
            "ready ms",
            "first read ms",
            "ready / trivial",
            "read / trivial",
            "RSS ready MB",
            "RSS load MB",
            "peak MB",
            String.format("start <= %.1fx", START_RATIO_TARGET),
            String.format("RSS <= %.0f MB", RSS_TARGET_MB));
    for (StartupBench.Side side : sides) {
      double ready = median(runs, side, StartupSample::readyMs);
      double read = median(runs, side, StartupSample::firstReadMs);
      double readRatio = Stats.ratio(read, baselineRead);
      double rssLoad = median(runs, side, s -> s.afterLoad().rssMb());
      boolean isBaseline = side.equals(baseline);
      table.row(
          side.name(),
          Fmt.whole(ready),
          Fmt.whole(read),
          isBaseline ? "-" : Fmt.ratio(Stats.ratio(ready, baselineReady)),
          isBaseline ? "-" : Fmt.ratio(readRatio),
          Fmt.oneDecimal(median(runs, side, s -> s.atReady().rssMb())),
          Fmt.oneDecimal(rssLoad),
          Fmt.oneDecimal(median(runs, side, s -> s.afterLoad().peakRssMb())),
          isBaseline ? "baseline" : verdict(readRatio <= START_RATIO_TARGET),
          isBaseline ? "baseline" : verdict(rssLoad <= RSS_TARGET_MB));
    }
    return String.format(
            "%nMedians of %d runs: start is from process start to the first 200 (ready:"
                + " /q/health/ready; read: the real API read), RSS is VmRSS right after the first"
                + " read and after the load, peak is VmHWM%n",
            runs.size())
        + table.render();
  }

  private static String verdict(boolean met) {
    return met ? "met" : "MISSED";
  }

  private static double median(
      List<Map<StartupBench.Side, StartupSample>> runs,
      StartupBench.Side side,
      ToDoubleFunction<StartupSample> figure) {
    return Stats.median(runs.stream().map(run -> figure.applyAsDouble(run.get(side))).toList());
  }
}
