package org.sdghub.manifests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes resource quantities ({@code 512Mi}, {@code 250m}) as numbers. */
final class Quantities {

  private static final Pattern QUANTITY = Pattern.compile("([0-9.]+)(Ki|Mi|Gi|Ti|k|M|G|T|m)?");

  private Quantities() {}

  /** Bytes of a memory quantity. */
  static long bytes(String quantity) {
    Matcher matcher = matching(quantity);
    double number = Double.parseDouble(matcher.group(1));
    String unit = matcher.group(2) == null ? "" : matcher.group(2);
    double factor =
        switch (unit) {
          case "" -> 1;
          case "Ki" -> 1L << 10;
          case "Mi" -> 1L << 20;
          case "Gi" -> 1L << 30;
          case "Ti" -> 1L << 40;
          case "k" -> 1e3;
          case "M" -> 1e6;
          case "G" -> 1e9;
          case "T" -> 1e12;
          default -> throw new IllegalArgumentException("not a memory quantity: " + quantity);
        };
    return (long) (number * factor);
  }

  /** Thousandths of a CPU. */
  static long millicores(String quantity) {
    Matcher matcher = matching(quantity);
    double number = Double.parseDouble(matcher.group(1));
    if ("m".equals(matcher.group(2))) {
      return (long) number;
    }
    if (matcher.group(2) != null) {
      throw new IllegalArgumentException("not a CPU quantity: " + quantity);
    }
    return (long) (number * 1000);
  }

  static long mebibytes(long bytes) {
    return bytes >> 20;
  }

  private static Matcher matching(String quantity) {
    Matcher matcher = QUANTITY.matcher(quantity);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a quantity: " + quantity);
    }
    return matcher;
  }
}
