package org.sdghub.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.sdghub.platform.internal.http.BoundedDates;

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
      OffsetDateTime time = OffsetDateTime.parse(value.trim());
      if (isStorable(time.toLocalDate())) {
        return Optional.of(time.toInstant());
      }
    } catch (DateTimeParseException e) {
      // answered below
    }
    throw new InvalidInput(
        name,
        "must be an ISO-8601 date-time with offset in the years 0001 to 9999, such as"
            + " 2025-03-01T00:00:00Z");
  }

  /** An ISO-8601 date ({@code 2025-03-01}) in the years 0001 to 9999, if given. */
  public static Optional<LocalDate> date(String name, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.parse(value.trim());
      if (isStorable(date)) {
        return Optional.of(date);
      }
    } catch (DateTimeParseException e) {
      // answered below
    }
    throw new InvalidInput(name, DATE_MESSAGE);
  }

  /** What a parameter or field that is not such a date is told. */
  public static final String DATE_MESSAGE =
      "must be an ISO 8601 date in the years 0001 to 9999, such as 2025-03-01";

  /**
   * Whether a date lies in the years a service stores (0001 to 9999): ISO 8601 and {@code
   * java.time} accept far more than PostgreSQL keeps, which would fail only at the database.
   */
  public static boolean isStorable(LocalDate date) {
    return BoundedDates.inRange(date.getYear());
  }
}
