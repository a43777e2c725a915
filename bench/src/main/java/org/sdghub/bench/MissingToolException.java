package org.sdghub.bench;

/** An external program the bench needs (wrk, pgbench) is not installed; the message says how. */
final class MissingToolException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MissingToolException(String message) {
    super(message);
  }
}
