package org.sdghub.platform.internal.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Refuses dates and times outside the years 0001–9999 when a request body is read: ISO 8601 and
 * {@code java.time} accept years far beyond what PostgreSQL stores, and such a value would
 * otherwise fail only at the database, as a 500.
 */
public final class BoundedDates {

  /** The first and last year a date in a request may have. */
  public static final int FIRST_YEAR = 1;

  public static final int LAST_YEAR = 9999;

  /** The message a field with such a date gets. */
  public static final String MESSAGE = "must be a date in the years 0001 to 9999";

  private BoundedDates() {}

  /** The Jackson module that bounds every {@code java.time} date and date-time read. */
  public static Module module() {
    SimpleModule module = new SimpleModule("sdghub-bounded-dates");
    module.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyDeserializer(
              DeserializationConfig config,
              BeanDescription description,
              JsonDeserializer<?> deserializer) {
            return isDate(description.getBeanClass()) ? new Bounded(deserializer) : deserializer;
          }
        });
    return module;
  }

  /** Whether {@code year} may be stored. */
  public static boolean inRange(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  private static boolean isDate(Class<?> type) {
    return type == LocalDate.class
        || type == LocalDateTime.class
        || type == OffsetDateTime.class
        || type == ZonedDateTime.class
        || type == Instant.class
        || type == YearMonth.class
        || type == Year.class;
  }

  private static int yearOf(Object value) {
    if (value instanceof Instant instant) {
      // Instant.atOffset is valid for every Instant (years ±1,000,000,000).
      return instant.atOffset(ZoneOffset.UTC).getYear();
    }
    if (value instanceof Year year) {
      return year.getValue();
    }
    return ((TemporalAccessor) value).get(ChronoField.YEAR);
  }

  private static final class Bounded extends DelegatingDeserializer {

    Bounded(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Bounded(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      Object value = super.deserialize(parser, context);
      if (value != null && !inRange(yearOf(value))) {
        throw new OutOfRange(parser, value, handledType());
      }
      return value;
    }
  }

  /** A date that is well-formed but outside the years a date may have. */
  public static final class OutOfRange extends FieldFormatProblem {

    OutOfRange(JsonParser parser, Object value, Class<?> type) {
      super(parser, MESSAGE, value, type);
    }
  }
}
