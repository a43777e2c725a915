package org.sdghub.platform;

import java.util.Map;

/** Answers 403: the caller is known but its roles or organisation do not allow this request. */
public class Forbidden extends ProblemException {

  /** A 403 with the given explanation (say what is missing, never what exists). */
  public Forbidden(String detail) {
    super(403, "forbidden", "Forbidden", detail, Map.of());
  }
}
