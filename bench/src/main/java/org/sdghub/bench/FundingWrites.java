package org.sdghub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.sdghub.embedded.PostgresServer;

/**
 * Transactions recorded through funding-service's API, closed loop with as many clients as pgbench
 * gets, beside pgbench's single-row insert into the same PostgreSQL; warmed up, then interleaved
 * (insert, API, API, insert, …).
 */
final class FundingWrites {

  private static final int MOST_WARMUPS = 5;
  private static final int WARM_AGREEMENT_PERCENT = 10;

  private final PgBench pgBench;
  private final FundingSeed seed;
  private final PrintStream out;
  private final PrintStream progress;

  FundingWrites(PgBench pgBench, FundingSeed seed, PrintStream out, PrintStream progress) {
    this.pgBench = pgBench;
    this.seed = seed;
    this.out = out;
    this.progress = progress;
  }

  void compare(PostgresServer postgres, URI transactions, FundingBench.Plan plan)
      throws IOException, InterruptedException, SQLException {
    String durability = pgBench.prepare(postgres);
    PgBench.Settings pg =
        new PgBench.Settings(plan.clients(), Math.min(2, plan.clients()), plan.duration());
    progress.println("warm-up   pgbench insert and POST /api/v1/funding/transactions");
    double warmInsert =
        pgBench.run("funding-pgbench-warmup", postgres, withDuration(pg, plan.warmup())).tps();
    List<Double> inserts = new ArrayList<>();
    List<Double> posts = new ArrayList<>();
    Table table = new Table("run", "side", "per second", "errors");
    // The warm-ups are shown so that a reader can see whether they were long enough: the last one
    // should agree with the first measured run of its side.
    table.row("warm-up", "pgbench insert", Fmt.whole(warmInsert), 0);
    warmUpPosts(transactions, plan, table);
    for (int run = 1; run <= plan.runs(); run++) {
      boolean insertFirst = run % 2 == 1;
      for (int side = 0; side < 2; side++) {
        if ((side == 0) == insertFirst) {
          double tps = pgBench.run("funding-pgbench-" + run, postgres, pg).tps();
          inserts.add(tps);
          table.row(run, "pgbench insert", Fmt.whole(tps), 0);
        } else {
          Result result = post(transactions, plan.clients(), plan.duration());
          posts.add(result.perSecond());
          table.row(run, "POST transaction", Fmt.whole(result.perSecond()), result.errors());
        }
      }
    }
    out.printf(
        "%nPOST /api/v1/funding/transactions (donors' disbursements over %d projects, a webhook"
            + " subscription per donor, %d clients) beside a single insert (%s; %s)%n",
        plan.projects(), plan.clients(), PgBench.describe(pg), durability);
    out.print(table.render());
    out.printf(
        "median: pgbench insert %s/s, POST transaction %s/s, ratio %s (target >= 0.20)%n",
        Fmt.whole(Stats.median(inserts)),
        Fmt.whole(Stats.median(posts)),
        Fmt.ratio(Stats.ratioOfMedians(posts, inserts)));
  }

  record Result(double perSecond, long errors) {}

  /**
   * Posts for {@code --warmup} at a time until two warm-ups in a row agree within {@value
   * #WARM_AGREEMENT_PERCENT} % (at most {@value #MOST_WARMUPS}): a fresh service JVM compiles its
   * write path for far longer than one short warm-up, and a cold first run would say nothing of its
   * steady state. Each warm-up is a row of the table.
   */
  private void warmUpPosts(URI transactions, FundingBench.Plan plan, Table table)
      throws IOException, InterruptedException {
    double previous = 0;
    for (int w = 1; w <= MOST_WARMUPS; w++) {
      Result warm = post(transactions, plan.clients(), plan.warmup());
      table.row("warm-up " + w, "POST transaction", Fmt.whole(warm.perSecond()), warm.errors());
      double rate = warm.perSecond();
      if (previous > 0 && Math.abs(rate - previous) <= previous * WARM_AGREEMENT_PERCENT / 100.0) {
        return;
      }
      previous = rate;
    }
  }

  /** {@code clients} threads posting transactions until {@code duration} is over. */
  private Result post(URI transactions, int clients, Duration duration)
      throws InterruptedException, IOException {
    AtomicLong created = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long end = System.nanoTime() + duration.toNanos();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> loops = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        loops.add(pool.submit(() -> loop(transactions, end, created, errors)));
      }
      for (Future<?> loop : loops) {
        loop.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("Posting transactions failed: " + e.getCause().getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(created.get() / seconds, errors.get());
  }

  private Void loop(URI transactions, long end, AtomicLong created, AtomicLong errors)
      throws IOException, InterruptedException {
    while (System.nanoTime() < end) {
      HttpResponse<String> response = seed.recordNext(transactions);
      if (response.statusCode() == 201) {
        created.incrementAndGet();
      } else if (errors.incrementAndGet() == 1) {
        progress.println(
            "  first refused transaction: " + response.statusCode() + " " + response.body());
      }
    }
    return null;
  }

  private static PgBench.Settings withDuration(PgBench.Settings settings, Duration duration) {
    return new PgBench.Settings(settings.clients(), settings.jobs(), duration);
  }
}
