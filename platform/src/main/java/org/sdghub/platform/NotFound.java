package org.sdghub.platform;

import java.util.Map;

/** Answers 404: the addressed resource does not exist (or the caller may not know it does). */
public class NotFound extends ProblemException {

  /** A 404 with the given explanation, for example {@code "No project with id …"}. */
  public NotFound(String detail) {
    this("not-found", "Resource not found", detail);
  }

  /** A 404 of a more specific type, for domain exceptions such as {@code ProjectNotFound}. */
  protected NotFound(String slug, String title, String detail) {
    super(404, slug, title, detail, Map.of());
  }

  /** A 404 naming what was looked for, for example {@code NotFound.of("project", id)}. */
  public static NotFound of(String what, Object id) {
    return new NotFound("No " + what + " with id " + id + ".");
  }
}
