package org.sdghub.platform.internal.idempotency;

import java.util.Map;
import org.sdghub.platform.ProblemException;

/** The answers to a misused {@code Idempotency-Key}. */
final class IdempotencyProblems {

  private IdempotencyProblems() {}

  /** 409: the first request with this key has not finished; retry later. */
  static final class KeyInUse extends ProblemException {
    KeyInUse() {
      super(
          409,
          "idempotency-key-in-use",
          "Request with this key in progress",
          "A request with this Idempotency-Key is still being processed; retry a little later.",
          Map.of());
    }
  }

  /** 422: the key was used for a different request, which a retry never is. */
  static final class KeyReused extends ProblemException {
    KeyReused() {
      super(
          422,
          "idempotency-key-reused",
          "Idempotency-Key reused",
          "This Idempotency-Key was used for a different request (method, path or body);"
              + " use a new key for a new request.",
          Map.of());
    }
  }
}
