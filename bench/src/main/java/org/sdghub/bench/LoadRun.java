package org.sdghub.bench;

import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.util.concurrent.CompletableFuture;
import org.HdrHistogram.Histogram;

/**
 * The state of one open-loop run. Every method runs on the generator's single event loop, so the
 * counters and the histogram need no locking.
 */
final class LoadRun {

  private final LoadPlan plan;
  private final HttpClient client;
  private final long start;
  private final RequestOptions request;
  private final Histogram latencyMicros = new Histogram(3);
  private final CompletableFuture<Void> finished = new CompletableFuture<>();
  private long sent;
  private long responses;
  private long errors;
  private int inFlight;
  private int maxInFlight;
  private long lastResponse;
  private boolean allSent;

  LoadRun(LoadPlan plan, HttpClient client, long start) {
    this.plan = plan;
    this.client = client;
    this.start = start;
    this.request = requestOptions(plan);
  }

  /** Starts requests {@code from} (inclusive) to {@code to} (exclusive). */
  void send(long from, long to) {
    for (long i = from; i < to; i++) {
      long intended = start + plan.intendedOffsetNanos(i);
      sent++;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      client
          .request(request)
          .compose(HttpClientRequest::send)
          .compose(response -> response.body().map(body -> response.statusCode()))
          .onComplete(answer -> answered(intended, answer.succeeded() ? answer.result() : -1));
    }
  }

  /** No more requests will be started; the run finishes with the last answer. */
  void allSent() {
    allSent = true;
    finishIfDone();
  }

  CompletableFuture<Void> finished() {
    return finished;
  }

  /** The figures so far; requests still unanswered count as errors. */
  LatencyResult result() {
    double seconds = Math.max(1, lastResponse - start) / 1e9;
    return new LatencyResult(
        sent, responses, errors + inFlight, maxInFlight, responses / seconds, latencyMicros.copy());
  }

  // status is -1 when the request failed without a response.
  private void answered(long intended, int status) {
    long now = System.nanoTime();
    inFlight--;
    if (status >= 0) {
      responses++;
      lastResponse = now;
      latencyMicros.recordValue(Math.max(0, (now - intended) / 1_000));
    }
    if (status < 200 || status >= 300) {
      errors++;
    }
    finishIfDone();
  }

  private void finishIfDone() {
    if (allSent && inFlight == 0) {
      finished.complete(null);
    }
  }

  private static RequestOptions requestOptions(LoadPlan plan) {
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.GET)
            .setAbsoluteURI(plan.target().toString())
            .setConnectTimeout(plan.timeout().toMillis())
            .setIdleTimeout(plan.timeout().toMillis());
    for (String header : plan.headers()) {
      int colon = header.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("A header is 'Name: value', not '" + header + "'");
      }
      options.putHeader(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
    }
    return options;
  }
}
