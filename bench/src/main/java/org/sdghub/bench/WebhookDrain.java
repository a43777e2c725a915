package org.sdghub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast funding-service delivers webhooks: every donor asks for everything since the write runs
 * to be delivered again (the API's own redelivery), and the receiver times the backlog from its
 * first arrival to its last; beside wrk sending the same receiver a captured delivery (its body and
 * its Standard Webhooks headers) with as many connections as the dispatcher uses.
 */
final class WebhookDrain {

  private static final Pattern QUEUED = Pattern.compile("\"queued\"\\s*:\\s*(\\d+)");
  private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);
  private static final int DISPATCHER_CONCURRENCY = 16;
  private static final int MOST_WARMUPS = 5;
  private static final int WARM_AGREEMENT_PERCENT = 10;

  private final Wrk wrk;
  private final FundingSeed seed;
  private final WebhookReceiver receiver;
  private final Path workDir;
  private final PrintStream out;
  private final PrintStream progress;

  WebhookDrain(
      Wrk wrk,
      FundingSeed seed,
      WebhookReceiver receiver,
      Path workDir,
      PrintStream out,
      PrintStream progress) {
    this.wrk = wrk;
    this.seed = seed;
    this.receiver = receiver;
    this.workDir = workDir;
    this.out = out;
    this.progress = progress;
  }

  void compare(URI funding, List<String> subscriptions, Instant since, FundingBench.Plan plan)
      throws IOException, InterruptedException {
    awaitQuiet();
    WebhookReceiver.Sample sample = receiver.sample();
    if (sample == null) {
      throw new IllegalStateException("no webhook reached the receiver during the write runs");
    }
    Path script = luaScript(sample);
    Wrk.Settings direct = new Wrk.Settings(plan.duration(), DISPATCHER_CONCURRENCY, 2, List.of());
    progress.println("warm-up   webhook redelivery backlog and wrk to the receiver");
    Table table = new Table("run", "side", "messages/s", "messages");
    warmUp(funding, subscriptions, since, table);
    WrkResult warm =
        wrk.run("webhook-receiver-warmup", URI.create(receiver.url("wrk")), direct, script);
    table.row("warm-up", "wrk -> receiver", Fmt.whole(warm.requestsPerSecond()), "-");
    List<Double> deliveries = new ArrayList<>();
    List<Double> baseline = new ArrayList<>();
    for (int run = 1; run <= plan.runs(); run++) {
      boolean directFirst = run % 2 == 1;
      for (int side = 0; side < 2; side++) {
        if ((side == 0) == directFirst) {
          WrkResult r =
              wrk.run("webhook-receiver-" + run, URI.create(receiver.url("wrk")), direct, script);
          baseline.add(r.requestsPerSecond());
          table.row(run, "wrk -> receiver", Fmt.whole(r.requestsPerSecond()), "-");
        } else {
          double[] drained = drain(funding, subscriptions, since);
          deliveries.add(drained[0]);
          table.row(run, "funding-service webhooks", Fmt.whole(drained[0]), (long) drained[1]);
        }
      }
    }
    out.printf(
        "%nWebhook deliveries (signed, %d connections, from PostgreSQL's queue) beside wrk"
            + " sending the receiver the same request (%d B body)%n",
        DISPATCHER_CONCURRENCY, sample.body().length());
    out.print(table.render());
    out.printf(
        "median: wrk %s/s, webhooks %s/s, ratio %s (target >= 0.30)%n",
        Fmt.whole(Stats.median(baseline)),
        Fmt.whole(Stats.median(deliveries)),
        Fmt.ratio(Stats.ratioOfMedians(deliveries, baseline)));
  }

  /**
   * Drains the backlog until two drains in a row agree within {@value #WARM_AGREEMENT_PERCENT} %
   * (at most {@value #MOST_WARMUPS} times): the first drains of a fresh JVM run its code cold and
   * say nothing of its steady state. Each warm-up drain is a row of the table.
   */
  private void warmUp(URI funding, List<String> subscriptions, Instant since, Table table)
      throws IOException, InterruptedException {
    double previous = 0;
    for (int w = 1; w <= MOST_WARMUPS; w++) {
      double[] drained = drain(funding, subscriptions, since);
      table.row(
          "warm-up " + w, "funding-service webhooks", Fmt.whole(drained[0]), (long) drained[1]);
      if (previous > 0
          && Math.abs(drained[0] - previous) <= previous * WARM_AGREEMENT_PERCENT / 100.0) {
        return;
      }
      previous = drained[0];
    }
  }

  /** Queues every message since {@code since} again; returns messages/s and the count. */
  private double[] drain(URI funding, List<String> subscriptions, Instant since)
      throws IOException, InterruptedException {
    awaitQuiet();
    receiver.reset();
    long queued = 0;
    for (int d = 0; d < subscriptions.size(); d++) {
      HttpResponse<String> response =
          seed.send(
              HttpRequest.newBuilder(
                      funding.resolve(
                          "/api/v1/webhooks/subscriptions/"
                              + subscriptions.get(d)
                              + "/redeliveries"))
                  .header("Authorization", seed.donorToken(d))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"since\":\"" + since + "\"}"))
                  .build());
      Matcher m = QUEUED.matcher(response.body());
      if (response.statusCode() != 202 || !m.find()) {
        throw new IllegalStateException(
            "redelivery: " + response.statusCode() + " " + response.body());
      }
      queued += Long.parseLong(m.group(1));
    }
    long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
    while (receiver.received() < queued && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    if (receiver.received() < queued) {
      throw new IllegalStateException(
          receiver.received() + " of " + queued + " redelivered messages arrived in time");
    }
    double seconds = Math.max(1e-3, (receiver.lastNanos() - receiver.firstNanos()) / 1e9);
    return new double[] {queued / seconds, queued};
  }

  /** Waits until nothing has arrived for a moment: the write runs' deliveries are done. */
  private void awaitQuiet() throws InterruptedException {
    long seen = -1;
    while (seen != receiver.received()) {
      seen = receiver.received();
      Thread.sleep(1000);
    }
  }

  private Path luaScript(WebhookReceiver.Sample sample) throws IOException {
    Path body = FundingBench.writeTemp(workDir, "webhook-body", sample.body());
    StringBuilder lua = new StringBuilder();
    lua.append("local f = io.open(\"").append(body).append("\", \"rb\")\n");
    lua.append("wrk.method = \"POST\"\nwrk.body = f:read(\"*a\")\nf:close()\n");
    for (Map.Entry<String, String> header : sample.headers().entrySet()) {
      String name = header.getKey().toLowerCase(java.util.Locale.ROOT);
      if (name.startsWith("webhook-") || name.equals("content-type") || name.equals("user-agent")) {
        lua.append("wrk.headers[\"")
            .append(header.getKey())
            .append("\"] = \"")
            .append(header.getValue().replace("\\", "\\\\").replace("\"", "\\\""))
            .append("\"\n");
      }
    }
    return FundingBench.writeTemp(workDir, "webhook-wrk", lua.toString());
  }
}
