package org.sdghub.platform.testing.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.internal.events.CloudEventCodec;
import org.sdghub.platform.testing.events.things.ThingChanged;

class CloudEventCodecTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void aPublishedEventReadsBackWithAllItsAttributes() {
    UUID id = UUID.randomUUID();
    OffsetDateTime time = CloudEventCodec.now();
    DomainEvent event =
        new DomainEvent(
            "org.sdghub.test.thing.changed.v1", "t-1", 12, new ThingChanged("t-1", "n", 12));

    ReceivedEvent received =
        ReceivedEvent.parse(
            CloudEventCodec.encode(
                CloudEventCodec.envelope(event, id, "/sdghub/test", time, MAPPER)));

    assertEquals(id.toString(), received.id());
    assertEquals("org.sdghub.test.thing.changed.v1", received.type());
    assertEquals("/sdghub/test", received.source());
    assertEquals("t-1", received.subject());
    assertEquals(12, received.sequence());
    assertEquals(time.toInstant(), received.time().toInstant());
    assertEquals("n", received.data().path("name").asText());
  }

  @Test
  void theSequenceIsAZeroPaddedStringSoThatItsTextOrderIsItsNumberOrder() {
    String nine = sequenceOf(9);
    String ten = sequenceOf(10);

    assertEquals("0000000000000000009", nine);
    assertEquals(-1, Integer.signum(nine.compareTo(ten)));
  }

  @Test
  void aNumericSequenceFromAnotherProducerIsAccepted() {
    ObjectNode json = cloudEvent();
    json.put("sequence", 7);

    assertEquals(7, ReceivedEvent.parse(bytes(json)).sequence());
  }

  @Test
  void anEventWithoutSequenceIsRefused() {
    ObjectNode json = cloudEvent();
    json.remove("sequence");

    assertThrows(IllegalArgumentException.class, () -> ReceivedEvent.parse(bytes(json)));
  }

  @Test
  void somethingThatIsNotACloudEventIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ReceivedEvent.parse("{\"hello\":1}".getBytes(StandardCharsets.UTF_8)));
    assertThrows(IllegalArgumentException.class, () -> ReceivedEvent.parse(null));
  }

  @Test
  void aDomainEventNeedsAVersionedTypeAndANonNegativeSequence() {
    Object data = new ThingChanged("t", "n", 0);
    assertThrows(
        IllegalArgumentException.class, () -> new DomainEvent("ThingChanged", "t", 0, data));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DomainEvent("org.sdghub.test.thing.changed.v1", "t", -1, data));
  }

  private static String sequenceOf(long sequence) {
    DomainEvent event =
        new DomainEvent(
            "org.sdghub.test.thing.changed.v1", "t", sequence, new ThingChanged("t", "n", 0));
    return (String)
        CloudEventCodec.envelope(event, UUID.randomUUID(), "/s", CloudEventCodec.now(), MAPPER)
            .getExtension(CloudEventCodec.SEQUENCE);
  }

  private static ObjectNode cloudEvent() {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("specversion", "1.0");
    json.put("id", "e-1");
    json.put("source", "/sdghub/other");
    json.put("type", "org.sdghub.test.thing.changed.v1");
    json.put("subject", "t-1");
    json.put("time", "2026-01-02T03:04:05Z");
    json.put("datacontenttype", "application/json");
    json.put("sequence", "0000000000000000001");
    json.putObject("data").put("id", "t-1");
    return json;
  }

  private static byte[] bytes(ObjectNode json) {
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }
}
