package org.sdghub.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One open-loop run: requests to {@code target} at a fixed {@code rate} for {@code duration}.
 *
 * @param target the URL each request goes to (GET)
 * @param rate requests per second, spaced evenly
 * @param duration how long requests are started for; the run then waits for the last answers
 * @param connections most connections the client opens; requests beyond them wait for one, and that
 *     wait counts in their latency
 * @param headers extra request headers, {@code Name: value}
 * @param timeout a request with no answer for this long fails and counts as an error
 */
record LoadPlan(
    URI target,
    double rate,
    Duration duration,
    int connections,
    List<String> headers,
    Duration timeout) {

  LoadPlan {
    if (!(rate > 0)) {
      throw new IllegalArgumentException("rate must be positive: " + rate);
    }
    headers = List.copyOf(headers);
  }

  /** How many requests the run starts: one every {@code 1/rate} seconds over the duration. */
  long requestCount() {
    return Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
  }

  /** Nanoseconds from the run's start to the intended start of request {@code index}. */
  long intendedOffsetNanos(long index) {
    return Math.round(index * 1e9 / rate);
  }

  LoadPlan withTarget(URI other) {
    return new LoadPlan(other, rate, duration, connections, headers, timeout);
  }

  LoadPlan withDuration(Duration other) {
    return new LoadPlan(target, rate, other, connections, headers, timeout);
  }
}
