package org.sdghub.bench;

import java.util.Locale;

/**
 * Number formats of the bench's output, fixed to one locale so output can be compared and parsed.
 */
final class Fmt {

  private Fmt() {}

  static String whole(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }

  static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String ratio(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
  }

  /** Milliseconds with enough digits for sub-millisecond latencies. */
  static String millis(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, value < 10 ? "%.3f" : "%.1f", value);
  }
}
