package org.sdghub.bench;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * An open-loop HTTP load generator: it starts each request at its intended time whether or not
 * earlier ones have been answered, and measures each latency from that intended time. A closed-loop
 * tool (wrk) sends less while the server stalls and so never records most of the stall
 * ("coordinated omission"); here a stall shows in the percentiles as the users would feel it.
 */
final class OpenLoopGenerator implements AutoCloseable {

  // The first request is scheduled a little after the run is set up, not in the past.
  private static final long START_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final Vertx vertx;

  /**
   * A generator with its own single event loop, which sends every request and reads every answer.
   */
  OpenLoopGenerator() {
    this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
  }

  /** Runs {@code plan} and returns once every request is answered or has timed out. */
  LatencyResult run(LoadPlan plan) throws InterruptedException {
    HttpClient client =
        vertx.createHttpClient(
            new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true),
            new PoolOptions().setHttp1MaxSize(plan.connections()));
    Context loop = vertx.getOrCreateContext();
    try {
      long start = System.nanoTime() + START_DELAY_NANOS;
      LoadRun run = new LoadRun(plan, client, start);
      pace(plan, loop, run, start);
      loop.runOnContext(v -> run.allSent());
      awaitQuietly(run.finished(), plan.timeout().plusSeconds(5).toMillis());
      return onLoop(loop, run::result);
    } finally {
      awaitQuietly(client.close().toCompletionStage().toCompletableFuture(), 10_000);
    }
  }

  // Wakes at each intended start time and hands the requests that are due to the event loop; if
  // it wakes late, it sends the overdue ones at once, still timed from when they were due.
  private static void pace(LoadPlan plan, Context loop, LoadRun run, long start) {
    long total = plan.requestCount();
    long next = 0;
    while (next < total) {
      long now = System.nanoTime();
      long due = next;
      while (due < total && start + plan.intendedOffsetNanos(due) <= now) {
        due++;
      }
      if (due > next) {
        long from = next;
        long to = due;
        loop.runOnContext(v -> run.send(from, to));
        next = due;
      } else {
        LockSupport.parkNanos(start + plan.intendedOffsetNanos(next) - now);
      }
    }
  }

  private static <T> T onLoop(Context loop, Supplier<T> task) throws InterruptedException {
    CompletableFuture<T> result = new CompletableFuture<>();
    loop.runOnContext(v -> result.complete(task.get()));
    try {
      return result.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("The generator's event loop did not answer", e);
    }
  }

  private static void awaitQuietly(CompletableFuture<?> future, long millis)
      throws InterruptedException {
    try {
      future.get(millis, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // The result says how many requests were left unanswered.
    }
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Override
  public String toString() {
    return "open-loop generator";
  }
}
