package org.sdghub.bench;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one wrk run reported, read from its text output (run with {@code --latency}).
 *
 * @param requestsPerSecond the {@code Requests/sec} line
 * @param requests how many requests completed
 * @param latencyAvgMs mean latency, milliseconds
 * @param latencyMaxMs highest latency, milliseconds
 * @param p50Ms median latency from the distribution, NaN without {@code --latency}
 * @param p99Ms 99th percentile from the distribution, NaN without {@code --latency}
 * @param socketErrors connect, read, write and timeout errors together
 * @param non2xx3xx responses with a status other than 2xx or 3xx
 */
record WrkResult(
    double requestsPerSecond,
    long requests,
    double latencyAvgMs,
    double latencyMaxMs,
    double p50Ms,
    double p99Ms,
    long socketErrors,
    long non2xx3xx) {

  private static final String TIME = "([0-9.]+)(us|ms|s|m|h)";
  private static final Pattern REQUESTS_PER_SEC = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ");
  private static final Pattern LATENCY =
      Pattern.compile("^\\s*Latency\\s+" + TIME + "\\s+" + TIME + "\\s+" + TIME, Pattern.MULTILINE);
  private static final Pattern SOCKET_ERRORS =
      Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

  /** Reads wrk's output; fails if it holds no {@code Requests/sec} line (wrk failed). */
  static WrkResult parse(String output) {
    Matcher rate = REQUESTS_PER_SEC.matcher(output);
    if (!rate.find()) {
      throw new IllegalArgumentException("No 'Requests/sec' in wrk's output:\n" + output);
    }
    Matcher latency = LATENCY.matcher(output);
    boolean hasLatency = latency.find();
    return new WrkResult(
        Double.parseDouble(rate.group(1)),
        firstLong(REQUESTS, output),
        hasLatency ? millis(latency.group(1), latency.group(2)) : Double.NaN,
        hasLatency ? millis(latency.group(5), latency.group(6)) : Double.NaN,
        percentile(output, "50").orElse(Double.NaN),
        percentile(output, "99").orElse(Double.NaN),
        socketErrors(output),
        firstLong(NON_2XX, output));
  }

  /** Socket errors and unexpected statuses: a run with any is not a fair figure. */
  long errors() {
    return socketErrors + non2xx3xx;
  }

  private static OptionalDouble percentile(String output, String percent) {
    Matcher m =
        Pattern.compile("^\\s*" + percent + "(?:\\.0+)?%\\s+" + TIME + "\\s*$", Pattern.MULTILINE)
            .matcher(output);
    return m.find() ? OptionalDouble.of(millis(m.group(1), m.group(2))) : OptionalDouble.empty();
  }

  private static long socketErrors(String output) {
    Matcher m = SOCKET_ERRORS.matcher(output);
    if (!m.find()) {
      return 0;
    }
    long sum = 0;
    for (int group = 1; group <= 4; group++) {
      sum += Long.parseLong(m.group(group));
    }
    return sum;
  }

  private static long firstLong(Pattern pattern, String output) {
    Matcher m = pattern.matcher(output);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  private static double millis(String amount, String unit) {
    double value = Double.parseDouble(amount);
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "us" -> value / 1_000;
      case "ms" -> value;
      case "s" -> value * 1_000;
      case "m" -> value * 60_000;
      case "h" -> value * 3_600_000;
      default -> throw new IllegalArgumentException("Unknown time unit in wrk output: " + unit);
    };
  }
}
