package org.sdghub.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.sdghub.platform.internal.events.CloudEventCodec;

/**
 * A CloudEvent as a consumer receives it, handed to an {@link EventHandler}.
 *
 * @param id the event's unique id (within its source)
 * @param type the event type, such as {@code org.sdghub.organisation.archived.v1}
 * @param source the publishing service, such as {@code /sdghub/partners-service}
 * @param subject the aggregate id
 * @param sequence the aggregate's version this event brings it to
 * @param time when the change happened
 * @param data the event's data: the aggregate's full new state, read as the producer's JSON Schema
 *     describes it (consumers do not share the producer's classes)
 */
public record ReceivedEvent(
    String id,
    String type,
    String source,
    String subject,
    long sequence,
    OffsetDateTime time,
    JsonNode data) {

  /**
   * Reads a structured-mode CloudEvent (JSON) as SDG Hub services publish it.
   *
   * @throws IllegalArgumentException if it is not such a CloudEvent: not JSON, a required attribute
   *     or the {@code sequence} extension missing, or data that is not JSON
   */
  public static ReceivedEvent parse(byte[] structuredJson) {
    return CloudEventCodec.decode(structuredJson);
  }
}
