package org.sdghub.bench;

import org.HdrHistogram.Histogram;

/**
 * What one open-loop run measured. Latencies are in microseconds, from each request's intended
 * start time to the end of its response.
 *
 * @param sent requests started
 * @param responses responses received, whatever their status; each has a latency in the histogram
 * @param errors responses with a status outside 2xx, requests that failed or timed out, and
 *     requests still unanswered when the run gave up waiting
 * @param maxInFlight most requests outstanding at once; if it reached the connection limit,
 *     requests queued in the client, and that queueing is part of their latency
 * @param achievedRate responses per second, from the run's start to its last response
 * @param latencyMicros the latencies of all responses
 */
record LatencyResult(
    long sent,
    long responses,
    long errors,
    int maxInFlight,
    double achievedRate,
    Histogram latencyMicros) {

  /** The latency at {@code percentile} (0–100) in milliseconds; NaN with no responses. */
  double percentileMs(double percentile) {
    return latencyMicros.getTotalCount() == 0
        ? Double.NaN
        : latencyMicros.getValueAtPercentile(percentile) / 1_000.0;
  }

  double maxMs() {
    return latencyMicros.getTotalCount() == 0 ? Double.NaN : latencyMicros.getMaxValue() / 1_000.0;
  }
}
