package org.sdghub.bench;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code latency} command: open-loop latency percentiles of a target and of the raw Vert.x
 * baseline at the same fixed rate, in the same run, with the target's as ratios to the baseline's.
 */
final class LatencyComparison {

  private static final double[] PERCENTILES = {50, 99, 99.9};

  private final OpenLoopGenerator generator;
  private final PrintStream out;
  private final PrintStream progress;

  LatencyComparison(OpenLoopGenerator generator, PrintStream out, PrintStream progress) {
    this.generator = generator;
    this.out = out;
    this.progress = progress;
  }

  /**
   * What to measure.
   *
   * @param target the load on the endpoint under test; the baseline gets the same
   * @param warmup length of one unreported run of each endpoint, both before any measured run
   * @param runs measured runs of each endpoint, interleaved
   */
  record Plan(LoadPlan target, Duration warmup, int runs) {}

  /** The measured runs of one endpoint. */
  record Series(String side, LoadPlan plan, List<LatencyResult> runs) {

    /** The median over the runs of the latency at {@code percentile}, milliseconds. */
    double percentileMs(double percentile) {
      return Stats.median(runs.stream().map(r -> r.percentileMs(percentile)).toList());
    }

    long errors() {
      return runs.stream().mapToLong(LatencyResult::errors).sum();
    }
  }

  /**
   * Warms up the {@code baseline} endpoint and the target, measures them in turn, and prints the
   * table and the ratios.
   */
  List<Series> run(URI baseline, Plan plan) throws InterruptedException {
    List<Series> sides =
        List.of(
            new Series("baseline", plan.target().withTarget(baseline), new ArrayList<>()),
            new Series("target", plan.target(), new ArrayList<>()));
    if (!plan.warmup().isZero()) {
      for (Series side : sides) {
        progress.printf(
            "warm-up   %-8s %s for %ss%n",
            side.side(), side.plan().target(), plan.warmup().toSeconds());
        generator.run(side.plan().withDuration(plan.warmup()));
      }
    }
    for (int run = 1; run <= plan.runs(); run++) {
      for (Series side : RunOrder.forRun(run, sides)) {
        progress.printf(
            "run %d/%d   %-8s %s%n", run, plan.runs(), side.side(), side.plan().target());
        side.runs().add(generator.run(side.plan()));
      }
    }
    report(plan, sides);
    return sides;
  }

  private void report(Plan plan, List<Series> sides) {
    LoadPlan load = plan.target();
    out.printf(
        "%nOpen-loop latency (%s req/s for %ss, up to %d connections, %d runs each, latency from"
            + " intended start)%n",
        Fmt.whole(load.rate()),
        Math.max(1, load.duration().toSeconds()),
        load.connections(),
        plan.runs());
    Table table =
        new Table(
            "run",
            "side",
            "sent",
            "achieved/s",
            "errors",
            "max in flight",
            "p50 ms",
            "p99 ms",
            "p99.9 ms",
            "max ms");
    for (Series side : sides) {
      for (int i = 0; i < side.runs().size(); i++) {
        row(table, i + 1, side.side(), side.runs().get(i));
      }
    }
    out.print(table.render());
    for (double percentile : PERCENTILES) {
      out.println(summary(percentile, sides.get(1), sides.get(0)));
    }
    if (sides.stream().anyMatch(side -> side.errors() > 0)) {
      out.println("warning: errors above are failed, non-2xx or unanswered requests");
    }
  }

  private static void row(Table table, int run, String side, LatencyResult r) {
    table.row(
        run,
        side,
        r.sent(),
        Fmt.oneDecimal(r.achievedRate()),
        r.errors(),
        r.maxInFlight(),
        Fmt.millis(r.percentileMs(50)),
        Fmt.millis(r.percentileMs(99)),
        Fmt.millis(r.percentileMs(99.9)),
        Fmt.millis(r.maxMs()));
  }

  static String summary(double percentile, Series target, Series baseline) {
    String name = "p" + (percentile == Math.rint(percentile) ? Fmt.whole(percentile) : percentile);
    double t = target.percentileMs(percentile);
    double b = baseline.percentileMs(percentile);
    return String.format(
        "target  %s median %s ms  baseline %s median %s ms  ratio %s",
        name, Fmt.millis(t), name, Fmt.millis(b), Fmt.ratio(Stats.ratio(t, b)));
  }
}
