package org.sdghub.platform.testing.events;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.internal.outbox.OutboxRelayLifecycle;
import org.sdghub.platform.testing.Eventually;
import org.sdghub.platform.testing.Management;
import org.sdghub.platform.testing.events.things.ThingService;

/** The outbox's backlog, its oldest row's age and what the relay published, as Prometheus reads. */
@QuarkusTest
class OutboxMetricsTest {

  private static final Duration WITHIN = Duration.ofSeconds(60);

  @Inject ThingService things;
  @Inject OutboxRelayLifecycle relay;

  @AfterEach
  void relayRunsAgain() {
    relay.start();
  }

  @Test
  void theBacklogGrowsWhileTheRelayIsStoppedAndIsPublishedOnceItRuns() {
    relay.stop();
    double publishedBefore = metric("sdghub_outbox_published_total");
    things.rename("metrics-" + UUID.randomUUID(), "waiting");

    Eventually.await(
        WITHIN,
        "the backlog never showed the waiting row",
        () -> metric("sdghub_outbox_backlog") >= 1);
    Eventually.await(
        WITHIN,
        "the oldest waiting row's age never showed",
        () -> metric("sdghub_outbox_oldest_unsent_age_seconds") > 0);

    relay.start();

    Eventually.await(
        WITHIN,
        "the published counter never grew",
        () -> metric("sdghub_outbox_published_total") > publishedBefore);
    Eventually.await(
        WITHIN, "the backlog never went back to 0", () -> metric("sdghub_outbox_backlog") == 0);
    metric("sdghub_outbox_parked_rows");
    metric("sdghub_outbox_failed_total");
    // The relay's producer, in Kafka's own figures.
    Eventually.await(
        WITHIN,
        "the producer's Kafka metrics never showed a record sent",
        () -> metric("kafka_producer_record_send_total") > 0);
  }

  private static double metric(String name) {
    String body =
        Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher value =
        Pattern.compile("^" + name + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE).matcher(body);
    if (!value.find()) {
      throw new AssertionError(
          "No metric "
              + name
              + " in /q/metrics: "
              + body.lines().filter(line -> line.contains("sdghub")).toList());
    }
    return Double.parseDouble(value.group(2));
  }
}
