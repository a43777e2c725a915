package org.sdghub.platform.internal.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.ReceivedEvent;

/**
 * Writes and reads SDG Hub's CloudEvents: CloudEvents 1.0 in structured JSON mode, through the
 * CloudEvents SDK's Jackson format.
 *
 * <p>The {@code sequence} extension is a string, as the CloudEvents sequence extension defines it
 * (compared lexicographically): the aggregate's version as a decimal number zero-padded to 19
 * digits, so that the order of the strings is the order of the versions. Reading also accepts an
 * unpadded string or a JSON number, to be lenient with other producers.
 */
public final class CloudEventCodec {

  /** The name of the extension that carries the aggregate's version. */
  public static final String SEQUENCE = "sequence";

  /** The Kafka header of a structured-mode CloudEvent (CloudEvents Kafka protocol binding). */
  public static final String CONTENT_TYPE_HEADER = "content-type";

  /** The value of {@link #CONTENT_TYPE_HEADER}. */
  public static final String STRUCTURED_CONTENT_TYPE = JsonFormat.CONTENT_TYPE + "; charset=UTF-8";

  private static final String DATA_CONTENT_TYPE = "application/json";
  private static final JsonFormat FORMAT = new JsonFormat();
  private static final ObjectMapper READER = new ObjectMapper();

  private CloudEventCodec() {}

  /** The CloudEvent of a domain event, its data written with the service's {@code mapper}. */
  public static CloudEvent envelope(
      DomainEvent event, UUID id, String source, OffsetDateTime time, ObjectMapper mapper) {
    return CloudEventBuilder.v1()
        .withId(id.toString())
        .withSource(URI.create(source))
        .withType(event.type())
        .withSubject(event.aggregateId())
        .withTime(time)
        .withDataContentType(DATA_CONTENT_TYPE)
        .withData(JsonCloudEventData.wrap(mapper.valueToTree(event.data())))
        .withExtension(SEQUENCE, formatSequence(event.sequence()))
        .build();
  }

  /** Now, as event times are written: UTC, to the microsecond. */
  public static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public static byte[] encode(CloudEvent event) {
    return FORMAT.serialize(event);
  }

  /** The {@code data} of a CloudEvent built by {@link #envelope}. */
  public static JsonNode dataOf(CloudEvent event) {
    return ((JsonCloudEventData) event.getData()).getNode();
  }

  /** The structured-mode JSON of a received event (tests use it to send events of their own). */
  public static byte[] encode(ReceivedEvent event) {
    return encode(
        CloudEventBuilder.v1()
            .withId(event.id())
            .withSource(URI.create(event.source()))
            .withType(event.type())
            .withSubject(event.subject())
            .withTime(event.time())
            .withDataContentType(DATA_CONTENT_TYPE)
            .withData(JsonCloudEventData.wrap(event.data()))
            .withExtension(SEQUENCE, formatSequence(event.sequence()))
            .build());
  }

  /** Reads a structured-mode CloudEvent; see {@link ReceivedEvent#parse}. */
  public static ReceivedEvent decode(byte[] json) {
    CloudEvent event;
    try {
      event = FORMAT.deserialize(json);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not a structured-mode CloudEvent: " + e.getMessage(), e);
    }
    return new ReceivedEvent(
        event.getId(),
        event.getType(),
        event.getSource().toString(),
        required(event.getSubject(), "subject"),
        parseSequence(event.getExtension(SEQUENCE)),
        required(event.getTime(), "time"),
        data(event.getData()));
  }

  static String formatSequence(long sequence) {
    return String.format("%019d", sequence);
  }

  static long parseSequence(Object value) {
    if (value instanceof Number number) {
      return number.longValue();
    }
    if (value instanceof String text && text.matches("[0-9]{1,19}")) {
      return Long.parseLong(text);
    }
    throw new IllegalArgumentException(
        "The CloudEvent has no sequence extension holding a non-negative number: " + value);
  }

  private static JsonNode data(CloudEventData data) {
    if (data == null) {
      throw new IllegalArgumentException("The CloudEvent has no data");
    }
    if (data instanceof JsonCloudEventData json) {
      return json.getNode();
    }
    try {
      return READER.readTree(data.toBytes());
    } catch (IOException e) {
      throw new IllegalArgumentException("The CloudEvent's data is not JSON", e);
    }
  }

  private static <T> T required(T value, String attribute) {
    if (value == null) {
      throw new IllegalArgumentException("The CloudEvent has no " + attribute);
    }
    return value;
  }
}
