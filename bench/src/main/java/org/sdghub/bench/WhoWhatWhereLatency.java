package org.sdghub.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The time from a project's {@code 201} at projects-service to its appearance in {@code GET
 * /api/v1/who-what-where} through the gateway, at a steady rate of creations (open loop: each is
 * sent at its planned time whether or not the earlier ones were answered), after a warm-up at the
 * same rate. A dashboard's poller asks for the most recently updated projects again and again, one
 * request after the other; a project has appeared when an answer first lists it. Both instants are
 * read in this JVM, on one clock; the poller's own round trip bounds the resolution and is printed.
 */
final class WhoWhatWhereLatency {

  private static final long ARRIVAL_WAIT_NANOS = 10_000_000_000L;
  private static final String NEWEST = "/api/v1/who-what-where?sort=updatedAt,desc&size=100";

  private final HttpClient http;
  private final WhoWhatWhereWrites writes;
  private final PrintStream out;
  private final PrintStream progress;

  WhoWhatWhereLatency(
      HttpClient http, WhoWhatWhereWrites writes, PrintStream out, PrintStream progress) {
    this.http = http;
    this.writes = writes;
    this.out = out;
    this.progress = progress;
  }

  void measure(URI projects, URI gateway, String dashboardKey, WhoWhatWhereBench.Plan plan)
      throws InterruptedException {
    progress.printf(
        "warm-up   %d project writes/s for %d s%n", plan.rate(), plan.warmup().toSeconds());
    run(projects, gateway, dashboardKey, plan.rate(), plan.warmup());
    progress.printf(
        "measuring %d project writes/s for %d s%n",
        plan.rate(), plan.latencyDuration().toSeconds());
    Outcome outcome = run(projects, gateway, dashboardKey, plan.rate(), plan.latencyDuration());
    Histogram h = outcome.latency();
    Histogram polls = outcome.polls();
    out.printf(
        "%nFrom a project's 201 at projects-service to its appearance in GET"
            + " /api/v1/who-what-where (through the gateway), %d writes/s for %d s:%n"
            + "  %d appeared, %d missing, %d refused; p50 %s ms, p99 %s ms, max %s ms"
            + " (target p99 <= 100 ms)%n"
            + "  the dashboard's poll (the resolution): %d polls, p50 %s ms, p99 %s ms, %d"
            + " refused%n",
        plan.rate(),
        plan.latencyDuration().toSeconds(),
        h.getTotalCount(),
        outcome.missing(),
        outcome.refused(),
        millis(h, 50),
        millis(h, 99),
        Fmt.millis(h.getMaxValue() / 1000.0),
        polls.getTotalCount(),
        millis(polls, 50),
        millis(polls, 99),
        outcome.refusedPolls());
  }

  record Outcome(
      Histogram latency, long missing, long refused, Histogram polls, long refusedPolls) {}

  private Outcome run(URI projects, URI gateway, String key, int rate, Duration duration)
      throws InterruptedException {
    Map<String, Long> answeredAt = new ConcurrentHashMap<>();
    Map<String, Long> seenAt = new ConcurrentHashMap<>();
    AtomicLong refused = new AtomicLong();
    AtomicBoolean polling = new AtomicBoolean(true);
    Poller poller = new Poller(gateway.resolve(NEWEST), key, seenAt, polling);
    Thread pollThread = new Thread(poller, "bench-3w-poller");
    pollThread.start();
    try {
      List<CompletableFuture<Void>> sent = new ArrayList<>();
      long count = rate * duration.toSeconds();
      long start = System.nanoTime();
      for (long i = 0; i < count; i++) {
        long due = start + i * 1_000_000_000L / rate;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        sent.add(
            http.sendAsync(writes.nextCreate(projects), HttpResponse.BodyHandlers.ofString())
                .thenAccept(
                    response -> {
                      long now = System.nanoTime();
                      if (response.statusCode() == 201) {
                        answeredAt.put(FundingBench.idOf(response), now);
                      } else if (refused.incrementAndGet() == 1) {
                        progress.println(
                            "  first refused write: "
                                + response.statusCode()
                                + " "
                                + response.body());
                      }
                    })
                .exceptionally(
                    failure -> {
                      if (refused.incrementAndGet() == 1) {
                        progress.println("  first failed write: " + failure);
                      }
                      return null;
                    }));
      }
      CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
      long missing = awaitSeen(answeredAt, seenAt);
      Histogram latency = new Histogram(3);
      for (Map.Entry<String, Long> answer : answeredAt.entrySet()) {
        Long seen = seenAt.get(answer.getKey());
        if (seen != null) {
          // Listed before the client read its 201: no delay.
          latency.recordValue(Math.max(0, (seen - answer.getValue()) / 1000));
        }
      }
      return new Outcome(latency, missing, refused.get(), poller.rounds, poller.refused.get());
    } finally {
      polling.set(false);
      pollThread.join(30_000);
    }
  }

  private static long awaitSeen(Map<String, Long> answeredAt, Map<String, Long> seenAt)
      throws InterruptedException {
    long deadline = System.nanoTime() + ARRIVAL_WAIT_NANOS;
    long missing;
    do {
      missing = answeredAt.keySet().stream().filter(id -> !seenAt.containsKey(id)).count();
      if (missing > 0) {
        Thread.sleep(20);
      }
    } while (missing > 0 && System.nanoTime() < deadline);
    return missing;
  }

  /**
   * Asks for the newest projects, one request after another, noting when each first shows. When
   * every project of a page is new to it (more appeared since its last look than a page holds, as
   * when the gateway applies many at once), it reads the next page too before asking again, so that
   * none is missed for having been pushed off the first page; a project found there counts as seen
   * only when that later answer arrived.
   */
  private final class Poller implements Runnable {
    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 20;

    private final URI newest;
    private final String key;
    private final Map<String, Long> seenAt;
    private final AtomicBoolean polling;
    private final Histogram rounds = new Histogram(3);
    private final AtomicLong refused = new AtomicLong();

    Poller(URI newest, String key, Map<String, Long> seenAt, AtomicBoolean polling) {
      this.newest = newest;
      this.key = key;
      this.seenAt = seenAt;
      this.polling = polling;
    }

    @Override
    public void run() {
      while (polling.get()) {
        try {
          int page = 0;
          while (readPage(page) && ++page < MAX_PAGES && polling.get()) {
            // Everything on that page was new: what follows it may be new too.
          }
        } catch (IOException e) {
          refused.incrementAndGet();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    /** Reads one page, noting what it lists; true if it was full and all of it new. */
    private boolean readPage(int page) throws IOException, InterruptedException {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(newest + "&page=" + page))
              .header("Authorization", key)
              .header("Accept", "application/json")
              .timeout(Duration.ofSeconds(10))
              .GET()
              .build();
      long sentAt = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long now = System.nanoTime();
      rounds.recordValue(Math.max(0, (now - sentAt) / 1000));
      if (response.statusCode() != 200) {
        if (refused.incrementAndGet() == 1) {
          progress.println(
              "  first refused poll: " + response.statusCode() + " " + response.body());
        }
        Thread.sleep(5);
        return false;
      }
      JsonArray items = new JsonObject(response.body()).getJsonArray("items");
      int fresh = 0;
      for (int i = 0; i < items.size(); i++) {
        if (seenAt.putIfAbsent(items.getJsonObject(i).getString("id"), now) == null) {
          fresh++;
        }
      }
      return items.size() == PAGE_SIZE && fresh == PAGE_SIZE;
    }
  }

  private static String millis(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? "n/a" : Fmt.millis(h.getValueAtPercentile(percentile) / 1000.0);
  }
}
