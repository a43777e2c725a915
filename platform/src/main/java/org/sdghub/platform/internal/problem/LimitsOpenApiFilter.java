package org.sdghub.platform.internal.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.sdghub.platform.StrictJson;

/**
 * Writes into every service's OpenAPI document the limits the platform enforces on every request,
 * where a field declares no tighter one: a string is at most {@link StrictJson#MAX_STRING_LENGTH}
 * characters (a UUID 36, a date 10, a date-time 40), an array at most {@link
 * StrictJson#MAX_ARRAY_ITEMS} items, and an integer without a format is read as a 32-bit one (the
 * resources parse their integer parameters so) and lies within its format's range, beyond which the
 * body screen and the parameters' parsing answer 400. A client generated from the document can so
 * check what the API will refuse before it sends it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class LimitsOpenApiFilter implements OASFilter {

  static final int UUID_LENGTH = 36;
  static final int DATE_LENGTH = 10;
  static final int DATE_TIME_LENGTH = 40;

  @Override
  public Schema filterSchema(Schema schema) {
    List<SchemaType> types = schema.getType();
    if (types == null) {
      return schema;
    }
    if (types.contains(SchemaType.STRING) && isOpenString(schema)) {
      schema.setMaxLength(maxLengthOf(schema.getFormat()));
    }
    if (types.contains(SchemaType.ARRAY) && schema.getMaxItems() == null) {
      schema.setMaxItems(StrictJson.MAX_ARRAY_ITEMS);
    }
    if (types.contains(SchemaType.INTEGER)) {
      if (schema.getFormat() == null) {
        schema.setFormat("int32");
      }
      boolean wide = "int64".equals(schema.getFormat());
      if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
        schema.setMinimum(BigDecimal.valueOf(wide ? Long.MIN_VALUE : Integer.MIN_VALUE));
      }
      if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
        schema.setMaximum(BigDecimal.valueOf(wide ? Long.MAX_VALUE : Integer.MAX_VALUE));
      }
    }
    return schema;
  }

  /** Writes the limits into a schema made after the filtering, and into the schemas it holds. */
  static Schema limited(Schema schema) {
    new LimitsOpenApiFilter().filterSchema(schema);
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(LimitsOpenApiFilter::limited);
    }
    if (schema.getItems() != null) {
      limited(schema.getItems());
    }
    if (schema.getAdditionalPropertiesSchema() != null) {
      limited(schema.getAdditionalPropertiesSchema());
    }
    return schema;
  }

  private static boolean isOpenString(Schema schema) {
    return schema.getMaxLength() == null
        && (schema.getEnumeration() == null || schema.getEnumeration().isEmpty())
        && schema.getConstValue() == null;
  }

  private static int maxLengthOf(String format) {
    if (format == null) {
      return StrictJson.MAX_STRING_LENGTH;
    }
    return switch (format) {
      case "uuid" -> UUID_LENGTH;
      case "date" -> DATE_LENGTH;
      case "date-time" -> DATE_TIME_LENGTH;
      default -> StrictJson.MAX_STRING_LENGTH;
    };
  }
}
