package org.sdghub.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads typed list filters from query parameters taken as strings, so that a bad value is a 400
 * problem naming the parameter (JAX-RS would answer a failed conversion with a bare 404).
 */
public final class QueryParams {

  /** The parameter of incremental sync: items changed at or after this instant. */
  public static final String UPDATED_SINCE = "updatedSince";

  private QueryParams() {}

  /**
   * The {@code updatedSince} filter, if given: an ISO-8601 instant such as {@code
   * 2025-03-01T00:00:00Z}.
   */
  public static Optional<Instant> updatedSince(String value) {
    return instant(UPDATED_SINCE, value);
  }

  /** An ISO-8601 instant with a zone offset ({@code Z} or {@code +05:00}), if given. */
  public static Optional<Instant> instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value.trim()).toInstant());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(
          name, "must be an ISO-8601 date-time with offset, such as 2025-03-01T00:00:00Z");
    }
  }
}
