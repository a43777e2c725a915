package org.sdghub.platform.testing.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.testing.EventSender;
import org.sdghub.platform.testing.Eventually;
import org.sdghub.platform.testing.Management;
import org.sdghub.platform.testing.events.things.ThingService;

/**
 * What became of the events received, the dead letters waiting and the consumer's lag, as
 * Prometheus reads them.
 */
@QuarkusTest
class InboxMetricsTest {

  private static final String TOPIC = "sdghub.platform-test.v1";
  private static final String SOURCE = "/sdghub/other-service";
  private static final Duration WITHIN = Duration.ofSeconds(60);

  @Inject ObjectMapper mapper;

  @Test
  void appliedDuplicateAndParkedEventsAreCountedAndTheLagIsReportedPerPartition() {
    double applied = events("applied");
    double duplicate = events("duplicate");
    double parked = events("parked");
    String thing = "metrics-" + UUID.randomUUID();
    ReceivedEvent first = changed(thing, 1, false);

    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(TOPIC, first);
      sender.send(TOPIC, first);
      sender.send(TOPIC, changed(thing + "-poisoned", 1, true));
    }

    Eventually.await(
        WITHIN, "the applied event was never counted", () -> events("applied") > applied);
    Eventually.await(
        WITHIN,
        "the event delivered twice was never counted",
        () -> events("duplicate") > duplicate);
    Eventually.await(WITHIN, "the parked event was never counted", () -> events("parked") > parked);
    Eventually.await(
        WITHIN,
        "the dead letter never showed as waiting",
        () -> metric("sdghub_inbox_dead_letters", "") >= 1);
    Eventually.await(
        WITHIN,
        "the consumer's lag per partition never showed",
        () ->
            !Double.isNaN(
                metric("kafka_consumer_fetch_manager_records_lag", "topic=\"" + TOPIC + "\"")));
    assertTrue(metric("sdghub_inbox_retries_total", "") >= 0);
  }

  private static double events(String outcome) {
    return metric("sdghub_inbox_events_total", "outcome=\"" + outcome + "\"");
  }

  /** The first sample of the metric whose labels contain {@code label}; NaN if there is none. */
  private static double metric(String name, String label) {
    String body =
        Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher sample =
        Pattern.compile("^" + name + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE).matcher(body);
    while (sample.find()) {
      String labels = sample.group(1) == null ? "" : sample.group(1);
      if (labels.contains(label)) {
        return Double.parseDouble(sample.group(2));
      }
    }
    return Double.NaN;
  }

  private ReceivedEvent changed(String thing, long version, boolean poisoned) {
    ObjectNode data =
        mapper
            .createObjectNode()
            .put("id", thing)
            .put("name", "v" + version)
            .put("version", version);
    if (poisoned) {
      data.put("failUntilHealed", true);
    }
    return EventSender.newEvent(SOURCE, ThingService.CHANGED, thing, version, data);
  }
}
