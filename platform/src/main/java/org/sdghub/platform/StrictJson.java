package org.sdghub.platform;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import org.sdghub.platform.internal.http.BoundedDates;
import org.sdghub.platform.internal.http.FieldFormatProblem;
import org.sdghub.platform.internal.http.StrictDecimals;

/**
 * The JSON reader of request bodies: the application's mapper made strict, for every service alike.
 * A field it does not know, a value of another JSON type than the field's (a number for a string, a
 * string for a number or a boolean, a fraction for an integer), a null for a field that cannot be
 * empty, trailing content, nesting deeper than {@link #MAX_DEPTH} and a date outside the years
 * 0001–9999 are all refused, so what is stored is exactly what the client meant. Use it wherever a
 * service reads a body itself (a merge patch, say); events are read by the tolerant application
 * mapper, because consumers must accept fields a newer event version adds.
 */
@Singleton
public class StrictJson {

  /** How deeply objects and arrays may nest in a request body; no resource comes near it. */
  public static final int MAX_DEPTH = 64;

  /**
   * The longest string (in UTF-16 characters) a request body may hold anywhere; a field may set a
   * tighter limit of its own. Every string of the published document says so ({@code maxLength}).
   */
  public static final int MAX_STRING_LENGTH = 10_000;

  /**
   * The most items an array of a request body may hold anywhere (a bulk upload of exchange rates is
   * the longest); a field may set a tighter limit of its own ({@code maxItems}).
   */
  public static final int MAX_ARRAY_ITEMS = 10_000;

  private final ObjectMapper mapper;

  StrictJson(ObjectMapper application) {
    this.mapper = strict(application);
  }

  /** The strict reader and writer of HTTP bodies. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * What is wrong with the field a mapping error names, in the words of the API's problems: a field
   * it does not know, a missing value, a date beyond the years kept, or a value of the wrong type
   * or format.
   */
  public static String messageFor(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "is not a known field";
    }
    if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Cannot map `null`")) {
      // A field of a type without an empty value (a number, a boolean): missing or null.
      return "is required";
    }
    if (e instanceof FieldFormatProblem problem) {
      return problem.getOriginalMessage();
    }
    return "cannot be read as the expected type or format";
  }

  /** A strict copy of {@code application}; the application's own mapper is left as it is. */
  public static ObjectMapper strict(ObjectMapper application) {
    ObjectMapper strict =
        application
            .copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .registerModule(BoundedDates.module())
            .registerModule(
                new SimpleModule("sdghub-strict-decimals")
                    .addDeserializer(BigDecimal.class, new StrictDecimals()));
    strict
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    for (CoercionInputShape shape :
        new CoercionInputShape[] {
          CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
      strict.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
      strict
          .coercionConfigFor(number)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
    strict
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    strict
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    strict
        .coercionConfigFor(LogicalType.Enum)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    return strict;
  }
}
