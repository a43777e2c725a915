package org.sdghub.platform.internal.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a decimal (an amount, a percentage) from a JSON number or from a string holding a plain
 * decimal such as {@code "250000.00"}, as the API documents, so that money keeps its exact digits
 * whichever a client sends. A string in any other form (an exponent, spaces, a thousands separator)
 * is refused: {@code "1e999999"} would otherwise become a number nobody can compute with.
 */
public final class StrictDecimals extends StdScalarDeserializer<BigDecimal> {

  /** What a decimal field with a string it cannot read is told. */
  public static final String MESSAGE = "must be a decimal number such as 1250.50";

  private static final Pattern PLAIN = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");

  public StrictDecimals() {
    super(BigDecimal.class);
  }

  @Override
  public BigDecimal deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    return switch (parser.currentToken()) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
      case VALUE_STRING -> {
        String text = parser.getText();
        if (!PLAIN.matcher(text).matches()) {
          throw new FieldFormatProblem(parser, MESSAGE, text, BigDecimal.class);
        }
        yield new BigDecimal(text);
      }
      default -> (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
    };
  }
}
