package org.sdghub.platform.internal.problem;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure of the moment (the database away or overloaded, a lock not granted in time, a
 * transaction that lost a race) from one that trying again will repeat, by the SQL state PostgreSQL
 * gives and Agroal's acquisition timeout, anywhere in the chain of causes.
 */
public final class DatabaseFailures {

  /**
   * The server shutting down (57P01), starting (57P03) or out of connections (53300); class 08
   * (connection exceptions) is matched by its prefix.
   */
  private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P03", "53300");

  /**
   * Serialization failure (40001), deadlock (40P01), lock not available within {@code lock_timeout}
   * (55P03), and a statement cancelled, as by {@code statement_timeout} (57014).
   */
  private static final Set<String> CONTENDED = Set.of("40001", "40P01", "55P03", "57014");

  private DatabaseFailures() {}

  /**
   * Whether the database could not take the work at all: no pooled connection free in time, a
   * connection failure, or a server that is shutting down, starting or full. Nothing was written.
   */
  public static boolean isUnavailable(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        String message = sql.getMessage() == null ? "" : sql.getMessage();
        if (message.contains("acquisition timeout")
            || state != null && (state.startsWith("08") || UNAVAILABLE.contains(state))) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether the same work may well succeed if tried again later: the database unavailable, or the
   * transaction refused for contention rather than for what it did.
   */
  public static boolean isTransient(Throwable error) {
    if (isUnavailable(error)) {
      return true;
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && CONTENDED.contains(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
