package org.sdghub.platform.internal.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A value of the right JSON type in a form the field does not take; its message is what the client
 * is told about the field.
 */
public class FieldFormatProblem extends InvalidFormatException {

  FieldFormatProblem(JsonParser parser, String message, Object value, Class<?> type) {
    super(parser, message, value, type);
  }
}
