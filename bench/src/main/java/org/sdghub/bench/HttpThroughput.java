package org.sdghub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code http} command: requests per second of a target and of the raw Vert.x baseline, both
 * measured with wrk in the same run, and the target's figure as a ratio to the baseline's.
 */
final class HttpThroughput {

  private final Wrk wrk;
  private final PrintStream out;
  private final PrintStream progress;

  HttpThroughput(Wrk wrk, PrintStream out, PrintStream progress) {
    this.wrk = wrk;
    this.out = out;
    this.progress = progress;
  }

  /**
   * What to measure.
   *
   * @param target the endpoint under test; empty measures the baseline alone
   * @param wrk how wrk loads each endpoint in a run
   * @param warmup length of the one unreported run of each endpoint before the measured runs
   * @param runs measured runs of each endpoint
   */
  record Plan(Optional<URI> target, Wrk.Settings wrk, Duration warmup, int runs) {}

  /** The measured runs of one endpoint. */
  record Series(String side, URI url, List<WrkResult> runs) {

    List<Double> requestsPerSecond() {
      return runs.stream().map(WrkResult::requestsPerSecond).toList();
    }

    double median() {
      return Stats.median(requestsPerSecond());
    }

    long errors() {
      return runs.stream().mapToLong(WrkResult::errors).sum();
    }
  }

  /**
   * Warms up the {@code baseline} endpoint and the target, then runs them in turn and prints the
   * table and the ratio.
   */
  List<Series> run(URI baseline, Plan plan) throws IOException, InterruptedException {
    List<Series> sides = new ArrayList<>();
    sides.add(new Series("baseline", baseline, new ArrayList<>()));
    plan.target().ifPresent(url -> sides.add(new Series("target", url, new ArrayList<>())));
    for (Series side : sides) {
      progress.printf(
          "warm-up   %-8s %s for %ss%n", side.side(), side.url(), seconds(plan.warmup()));
      wrk.run("wrk-warmup-" + side.side(), side.url(), plan.wrk().withDuration(plan.warmup()));
    }
    for (int run = 1; run <= plan.runs(); run++) {
      for (Series side : RunOrder.forRun(run, sides)) {
        progress.printf("run %d/%d   %-8s %s%n", run, plan.runs(), side.side(), side.url());
        side.runs().add(wrk.run("wrk-" + side.side() + "-" + run, side.url(), plan.wrk()));
      }
    }
    report(plan, sides);
    return sides;
  }

  /**
   * Measures {@code target}, called with this bearer token, as {@code plan} says (its own target is
   * ignored) beside a raw Vert.x baseline started for the occasion and stopped after it.
   */
  List<Series> runBesideNewBaseline(
      URI target, String bearer, Plan plan, Path logDir, Cleanup cleanup)
      throws IOException, InterruptedException {
    Plan endpoint =
        new Plan(
            Optional.of(target),
            plan.wrk().withHeaders(List.of("Authorization: " + bearer)),
            plan.warmup(),
            plan.runs());
    BaselineProcess baseline = BaselineProcess.start(logDir);
    try (Cleanup.Guard guard = cleanup.guard(baseline)) {
      return run(baseline.url(), endpoint);
    }
  }

  private void report(Plan plan, List<Series> sides) {
    Wrk.Settings s = plan.wrk();
    out.printf(
        "%nHTTP throughput (wrk -t%d -c%d -d%ss, %d runs each, warm-up %ss)%n",
        s.threads(), s.connections(), seconds(s.duration()), plan.runs(), seconds(plan.warmup()));
    Table table = new Table("run", "side", "req/s", "p50 ms", "p99 ms", "max ms", "errors");
    for (Series side : sides) {
      for (int i = 0; i < side.runs().size(); i++) {
        WrkResult r = side.runs().get(i);
        table.row(
            i + 1,
            side.side(),
            Fmt.whole(r.requestsPerSecond()),
            Fmt.millis(r.p50Ms()),
            Fmt.millis(r.p99Ms()),
            Fmt.millis(r.latencyMaxMs()),
            r.errors());
      }
    }
    out.print(table.render());
    out.println(summary(sides));
    sides.stream().filter(side -> side.errors() > 0).forEach(this::warnAboutErrors);
  }

  static String summary(List<Series> sides) {
    Series baseline = sides.get(0);
    String base = "median " + Fmt.whole(baseline.median()) + " req/s";
    if (sides.size() == 1) {
      return "baseline  " + base;
    }
    Series target = sides.get(1);
    double ratio = Stats.ratioOfMedians(target.requestsPerSecond(), baseline.requestsPerSecond());
    return "target  median "
        + Fmt.whole(target.median())
        + " req/s  baseline "
        + base
        + "  ratio "
        + Fmt.ratio(ratio);
  }

  private void warnAboutErrors(Series side) {
    out.printf(
        "warning: %s had %d failed requests (socket errors or non-2xx/3xx statuses); its req/s"
            + " counts failures too and is not comparable%n",
        side.side(), side.errors());
  }

  private static String seconds(Duration d) {
    return Long.toString(Math.max(1, d.toSeconds()));
  }
}
