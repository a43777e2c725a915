package org.sdghub.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The time from a transaction's {@code 201} to the arrival of its webhook at the donor's receiver,
 * at a steady rate (open loop: each transaction is sent at its planned time whether or not the
 * earlier ones were answered), after a warm-up at the same rate. Both instants are read in this
 * JVM, on one clock.
 */
final class WebhookLatency {

  private static final long ARRIVAL_WAIT_NANOS = 10_000_000_000L;

  private final FundingSeed seed;
  private final WebhookReceiver receiver;
  private final PrintStream out;
  private final PrintStream progress;

  WebhookLatency(
      FundingSeed seed, WebhookReceiver receiver, PrintStream out, PrintStream progress) {
    this.seed = seed;
    this.receiver = receiver;
    this.out = out;
    this.progress = progress;
  }

  void measure(URI transactions, FundingBench.Plan plan) throws InterruptedException {
    progress.printf(
        "warm-up   %d transactions/s for %d s%n", plan.rate(), plan.warmup().toSeconds());
    run(transactions, plan.rate(), plan.warmup().toSeconds());
    progress.printf(
        "measuring %d transactions/s for %d s%n", plan.rate(), plan.latencyDuration().toSeconds());
    Outcome outcome = run(transactions, plan.rate(), plan.latencyDuration().toSeconds());
    Histogram h = outcome.histogram();
    out.printf(
        "%nFrom a transaction's 201 to its webhook's arrival, %d transactions/s for %d s: %d"
            + " delivered, %d missing, %d refused; p50 %s ms, p99 %s ms, max %s ms"
            + " (target p99 <= 100 ms)%n",
        plan.rate(),
        plan.latencyDuration().toSeconds(),
        h.getTotalCount(),
        outcome.missing(),
        outcome.refused(),
        Fmt.millis(h.getValueAtPercentile(50) / 1000.0),
        Fmt.millis(h.getValueAtPercentile(99) / 1000.0),
        Fmt.millis(h.getMaxValue() / 1000.0));
  }

  record Outcome(Histogram histogram, long missing, long refused) {}

  private Outcome run(URI transactions, int rate, long seconds) throws InterruptedException {
    Map<String, Long> answeredAt = new ConcurrentHashMap<>();
    AtomicLong refused = new AtomicLong();
    List<CompletableFuture<Void>> sent = new ArrayList<>();
    long count = rate * seconds;
    long start = System.nanoTime();
    for (long i = 0; i < count; i++) {
      long due = start + i * 1_000_000_000L / rate;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      sent.add(
          seed.http()
              .sendAsync(seed.nextRequest(transactions), HttpResponse.BodyHandlers.ofString())
              .thenAccept(
                  response -> {
                    long now = System.nanoTime();
                    if (response.statusCode() == 201) {
                      answeredAt.put(FundingBench.idOf(response), now);
                    } else {
                      refused.incrementAndGet();
                    }
                  }));
    }
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    return collect(answeredAt, refused.get());
  }

  private Outcome collect(Map<String, Long> answeredAt, long refused) throws InterruptedException {
    Histogram histogram = new Histogram(60_000_000L, 3);
    long deadline = System.nanoTime() + ARRIVAL_WAIT_NANOS;
    long missing;
    do {
      missing = answeredAt.keySet().stream().filter(id -> receiver.arrivalOf(id) == null).count();
      if (missing > 0) {
        Thread.sleep(20);
      }
    } while (missing > 0 && System.nanoTime() < deadline);
    for (Map.Entry<String, Long> answer : answeredAt.entrySet()) {
      Long arrived = receiver.arrivalOf(answer.getKey());
      if (arrived != null) {
        // A webhook can arrive before the client has read its 201: that counts as no delay.
        histogram.recordValue(Math.max(0, (arrived - answer.getValue()) / 1000));
      }
    }
    return new Outcome(histogram, missing, refused);
  }
}
