package org.sdghub.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of one bench command, given as {@code --name value} or {@code --name=value}; a
 * misspelt or repeated-by-mistake option fails instead of being ignored.
 */
final class Options {

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

  private final Map<String, List<String>> values;

  private Options(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * Parses {@code args} against the option names a command knows; names in {@code repeatable} may
   * be given more than once.
   */
  static Options parse(List<String> args, Set<String> known, Set<String> repeatable) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new UsageException("Unexpected argument '" + arg + "'");
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
      if (!known.contains(name)) {
        throw new UsageException(
            "Unknown option --" + name + "; known: --" + String.join(", --", new TreeSet<>(known)));
      }
      String value;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new UsageException("Option --" + name + " needs a value");
      }
      List<String> list = values.computeIfAbsent(name, n -> new ArrayList<>());
      if (!list.isEmpty() && !repeatable.contains(name)) {
        throw new UsageException("Option --" + name + " is given twice");
      }
      list.add(value);
    }
    return new Options(values);
  }

  Optional<String> optional(String name) {
    List<String> list = values.get(name);
    return list == null ? Optional.empty() : Optional.of(list.get(0));
  }

  String string(String name, String fallback) {
    return optional(name).orElse(fallback);
  }

  List<String> all(String name) {
    return List.copyOf(values.getOrDefault(name, List.of()));
  }

  int positiveInt(String name, int fallback) {
    return (int) positiveLong(name, fallback);
  }

  long positiveLong(String name, long fallback) {
    Optional<String> value = optional(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      long parsed = Long.parseLong(value.get().trim());
      if (parsed <= 0) {
        throw new UsageException("--" + name + " must be positive, not " + parsed);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number, not '" + value.get() + "'");
    }
  }

  double positiveNumber(String name, double fallback) {
    Optional<String> value = optional(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      double parsed = Double.parseDouble(value.get().trim());
      if (!(parsed > 0) || Double.isInfinite(parsed)) {
        throw new UsageException("--" + name + " must be positive, not " + value.get());
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a number, not '" + value.get() + "'");
    }
  }

  /** A duration such as {@code 10s}, {@code 500ms}, {@code 2m}; a bare number means seconds. */
  Duration duration(String name, Duration fallback) {
    Optional<String> value = optional(name);
    return value.isEmpty() ? fallback : parseDuration(name, value.get());
  }

  static Duration parseDuration(String name, String text) {
    Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new UsageException("--" + name + " must be a duration like 10s, 500ms or 2m");
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis =
        switch (unit) {
          case "ms" -> amount;
          case "m" -> amount * 60_000;
          case "h" -> amount * 3_600_000;
          default -> amount * 1_000;
        };
    return Duration.ofMillis(Math.round(millis));
  }
}
