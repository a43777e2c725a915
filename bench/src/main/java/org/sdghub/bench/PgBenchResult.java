package org.sdghub.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one pgbench run reported.
 *
 * @param tps transactions per second, without the initial connection time
 * @param transactions transactions processed
 * @param failed transactions that failed
 * @param latencyAvgMs mean latency of one transaction, milliseconds
 */
record PgBenchResult(double tps, long transactions, long failed, double latencyAvgMs) {

  private static final Pattern TPS = Pattern.compile("^tps = ([0-9.]+)", Pattern.MULTILINE);
  private static final Pattern PROCESSED =
      Pattern.compile("number of transactions actually processed: (\\d+)");
  private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");
  private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

  /** Reads pgbench's summary; fails if it holds no {@code tps = } line. */
  static PgBenchResult parse(String output) {
    Matcher tps = TPS.matcher(output);
    if (!tps.find()) {
      throw new IllegalArgumentException("No 'tps = ' in pgbench's output:\n" + output);
    }
    return new PgBenchResult(
        Double.parseDouble(tps.group(1)),
        (long) first(PROCESSED, output, 0),
        (long) first(FAILED, output, 0),
        first(LATENCY, output, Double.NaN));
  }

  private static double first(Pattern pattern, String output, double fallback) {
    Matcher m = pattern.matcher(output);
    return m.find() ? Double.parseDouble(m.group(1)) : fallback;
  }
}
