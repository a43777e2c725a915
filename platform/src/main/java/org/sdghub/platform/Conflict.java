package org.sdghub.platform;

import java.util.Map;

/**
 * Answers 409: the request contradicts the current state, for example a duplicate; extension
 * members such as {@code existing} (the id of the record it collides with) help the client.
 */
public class Conflict extends ProblemException {

  /** A 409 with the given explanation. */
  public Conflict(String detail) {
    this(detail, Map.of());
  }

  /** A 409 with extension members, for example {@code Map.of("existing", id)}. */
  public Conflict(String detail, Map<String, ?> extensions) {
    this("conflict", "Conflict with the current state", detail, extensions);
  }

  /** A 409 of a more specific type, for domain exceptions such as {@code DuplicateOrganisation}. */
  protected Conflict(String slug, String title, String detail, Map<String, ?> extensions) {
    super(409, slug, title, detail, extensions);
  }

  /** A 409 for a duplicate, naming the record it collides with in the member {@code existing}. */
  public static Conflict duplicateOf(Object existingId, String detail) {
    return new Conflict("duplicate", "Duplicate", detail, Map.of("existing", existingId));
  }
}
