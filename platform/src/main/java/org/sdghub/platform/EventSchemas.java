package org.sdghub.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The JSON Schemas (draft 2020-12) of event data, read from {@code events/<type>.schema.json} on
 * the classpath of the module that publishes the type; the outbox checks appended events against
 * them and tests check what was really produced.
 */
public final class EventSchemas {

  private static final String DIRECTORY = "events/";
  private static final Pattern SAFE_TYPE = Pattern.compile("[a-z0-9.-]+");
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  // Formats (date-time, uuid, email…) are only annotations in 2020-12 unless asserted.
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private static final Map<String, Optional<JsonSchema>> LOADED = new ConcurrentHashMap<>();

  private EventSchemas() {}

  /** The classpath resource that holds the schema of {@code type}. */
  public static String resourceOf(String type) {
    if (!SAFE_TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("Not an event type: " + type);
    }
    return DIRECTORY + type + ".schema.json";
  }

  /** Whether a schema for {@code type} is on the classpath. */
  public static boolean exists(String type) {
    return schema(type).isPresent();
  }

  /**
   * What is wrong with {@code data} as the data of a {@code type} event: one message per violation
   * (JSON path and reason), empty when it is valid.
   *
   * @throws IllegalStateException when there is no schema for the type
   */
  public static List<String> violations(String type, JsonNode data) {
    JsonSchema schema =
        schema(type)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No JSON Schema for event type " + type + ": add " + resourceOf(type)));
    return schema.validate(data).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  private static Optional<JsonSchema> schema(String type) {
    return LOADED.computeIfAbsent(type, EventSchemas::load);
  }

  private static Optional<JsonSchema> load(String type) {
    String resource = resourceOf(type);
    if (classLoader().getResource(resource) == null) {
      return Optional.empty();
    }
    return Optional.of(FACTORY.getSchema(SchemaLocation.of("classpath:" + resource), CONFIG));
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : EventSchemas.class.getClassLoader();
  }
}
