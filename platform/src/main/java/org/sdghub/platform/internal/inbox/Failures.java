package org.sdghub.platform.internal.inbox;

/** Describes a failure for operators reading the dead-letter table. */
final class Failures {

  private static final int MAX_LENGTH = 2_000;

  private Failures() {}

  /** The failure and its root cause, class and message, cut to a readable length. */
  static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = error.toString();
    if (root != error) {
      text += " (caused by " + root + ")";
    }
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
  }
}
