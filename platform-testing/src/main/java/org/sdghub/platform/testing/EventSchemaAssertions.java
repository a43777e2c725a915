package org.sdghub.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.sdghub.platform.EventSchemas;
import org.sdghub.platform.ReceivedEvent;

/**
 * Checks event data against the producer's JSON Schema ({@code events/<type>.schema.json} on the
 * test's classpath): producers' tests use it on what they really published, and on the example that
 * sits beside each schema ({@code events/<type>.example.json}).
 */
public final class EventSchemaAssertions {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventSchemaAssertions() {}

  /** Fails, listing every violation, unless the event's data matches its type's schema. */
  public static void assertValid(ReceivedEvent event) {
    assertValid(event.type(), event.data());
  }

  /** Fails, listing every violation, unless {@code data} matches the schema of {@code type}. */
  public static void assertValid(String type, JsonNode data) {
    if (!EventSchemas.exists(type)) {
      throw new AssertionError("No JSON Schema for " + type + ": " + EventSchemas.resourceOf(type));
    }
    List<String> violations = EventSchemas.violations(type, data);
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "The data of "
              + type
              + " does not match its schema:\n  "
              + String.join("\n  ", violations)
              + "\ndata: "
              + data);
    }
  }

  /** Fails unless the example beside the schema of {@code type} matches the schema. */
  public static void assertExampleValid(String type) {
    assertValid(type, example(type));
  }

  /** The example data of {@code type}, {@code events/<type>.example.json}. */
  public static JsonNode example(String type) {
    String resource = EventSchemas.resourceOf(type).replace(".schema.json", ".example.json");
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("No example for " + type + ": " + resource);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new AssertionError("Cannot read " + resource, e);
    }
  }
}
