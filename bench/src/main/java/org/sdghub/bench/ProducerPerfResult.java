package org.sdghub.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one run of Kafka's ProducerPerformance reported: its steady-state summary when it had
 * warm-up records, else its overall summary.
 *
 * @param records records counted in the figures
 * @param recordsPerSecond records acknowledged per second
 * @param megabytesPerSecond payload megabytes (MiB) acknowledged per second
 * @param avgLatencyMs mean time from send to acknowledgement, milliseconds
 * @param p99Ms 99th percentile of that time, milliseconds
 */
record ProducerPerfResult(
    long records,
    double recordsPerSecond,
    double megabytesPerSecond,
    double avgLatencyMs,
    double p99Ms) {

  private static final Pattern SUMMARY =
      Pattern.compile(
          "^(\\d+) (steady state )?records sent, ([0-9.]+) records/sec \\(([0-9.]+) MB/sec\\),"
              + " ([0-9.]+) ms avg latency, [0-9.]+ ms max latency, \\d+ ms 50th, \\d+ ms 95th,"
              + " (\\d+) ms 99th",
          Pattern.MULTILINE);

  /** Reads the tool's output; fails if it holds no final summary (the tool failed). */
  static ProducerPerfResult parse(String output) {
    Matcher m = SUMMARY.matcher(output);
    ProducerPerfResult chosen = null;
    while (m.find()) {
      boolean steady = m.group(2) != null;
      if (chosen == null || steady) {
        chosen =
            new ProducerPerfResult(
                Long.parseLong(m.group(1)),
                Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4)),
                Double.parseDouble(m.group(5)),
                Double.parseDouble(m.group(6)));
      }
    }
    if (chosen == null) {
      throw new IllegalArgumentException("No summary in ProducerPerformance's output:\n" + output);
    }
    return chosen;
  }
}
