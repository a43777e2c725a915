package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.gateway.support.CraftedEvents;
import org.sdghub.platform.testing.EventSender;

/**
 * {@code GET /api/v1/events}: the stored log as Server-Sent Events, filtered, with heartbeats, and
 * resumed after Last-Event-ID without a gap or a repeat.
 */
@QuarkusTest
class ChangeFeedTest {

  private static final Duration ARRIVES_WITHIN = Duration.ofSeconds(20);

  /** One SSE event as read: its id and type, and the CloudEvent's subject and sequence. */
  record Received(long id, String type, String data) {}

  @Test
  void theStreamResumesAfterLastEventIdWithoutAGapOrARepeat() throws Exception {
    UUID agency = UUID.randomUUID();
    List<UUID> projects = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    send(agency, projects.subList(0, 2));
    List<Received> first;
    try (Subscription subscription = Subscription.open("organisation=" + agency, "0")) {
      first = subscription.next(2);
    }
    assertEquals(2, first.size());
    assertTrue(first.get(0).data().contains(projects.get(0).toString()));
    send(agency, projects.subList(2, 3));
    try (Subscription resumed =
        Subscription.open("organisation=" + agency, Long.toString(first.get(0).id()))) {
      List<Received> next = resumed.next(2);
      assertEquals(first.get(1), next.get(0));
      assertTrue(next.get(1).data().contains(projects.get(2).toString()));
      assertTrue(next.get(1).id() > next.get(0).id());
      assertEquals("org.sdghub.project.created.v1", next.get(1).type());
    }
  }

  @Test
  void aQuietStreamSendsHeartbeatsAndOnlyWhatMatchesItsFilter() throws Exception {
    UUID agency = UUID.randomUUID();
    try (Subscription subscription =
        Subscription.open("organisation=" + agency + "&type=org.sdghub.project.updated.v1", null)) {
      assertTrue(subscription.heartbeat(), "no heartbeat came");
      UUID project = UUID.randomUUID();
      try (EventSender sender = EventSender.toApplicationBroker()) {
        sender.send(
            CraftedEvents.PROJECTS,
            CraftedEvents.project("created", project, 0, agency, "pipeline", List.of("6.4")));
        sender.send(
            CraftedEvents.PROJECTS,
            CraftedEvents.project("updated", project, 1, agency, "implementation", List.of("6.4")));
      }
      Received only = subscription.next(1).get(0);
      assertEquals("org.sdghub.project.updated.v1", only.type());
      assertTrue(only.data().contains("\"version\":1"), only.data());
    }
  }

  @Test
  void aBadFilterOrLastEventIdAnswers400NamingIt() {
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .queryParam("country", "Kazakhstan")
        .when()
        .get("/api/v1/events")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("country"));
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .header("Last-Event-ID", "yesterday")
        .when()
        .get("/api/v1/events")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("Last-Event-ID"));
    given()
        .header("Authorization", ApiKeys.COORDINATOR)
        .queryParam("role", "funding")
        .when()
        .get("/api/v1/events")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("role"));
  }

  private static void send(UUID agency, List<UUID> projects) {
    try (EventSender sender = EventSender.toApplicationBroker()) {
      for (UUID project : projects) {
        sender.send(
            CraftedEvents.PROJECTS,
            CraftedEvents.project("created", project, 0, agency, "pipeline", List.of("6.4")));
      }
    }
  }

  /** An open event stream, read line by line on a thread of its own. */
  static final class Subscription implements AutoCloseable {
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    private Subscription(HttpResponse<Stream<String>> response) {
      this.response = response;
      this.reader = new Thread(() -> response.body().forEach(lines::add), "sse-test-reader");
      reader.setDaemon(true);
      reader.start();
    }

    static Subscription open(String query, String lastEventId) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(
                  URI.create("http://localhost:" + RestAssured.port + "/api/v1/events?" + query))
              .header("Authorization", ApiKeys.COORDINATOR)
              .header("Accept", "text/event-stream");
      if (lastEventId != null) {
        request.header("Last-Event-ID", lastEventId);
      }
      HttpResponse<Stream<String>> response =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines());
      assertEquals(200, response.statusCode());
      return new Subscription(response);
    }

    /** The next {@code count} events; fails if they do not come in time. */
    List<Received> next(int count) throws InterruptedException {
      List<Received> events = new ArrayList<>();
      long id = -1;
      String type = null;
      long deadline = System.nanoTime() + ARRIVES_WITHIN.toNanos();
      while (events.size() < count) {
        String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (line == null) {
          throw new AssertionError("only " + events + " of " + count + " events came");
        }
        if (line.startsWith("id:")) {
          id = Long.parseLong(line.substring(3).strip());
        } else if (line.startsWith("event:")) {
          type = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          events.add(new Received(id, type, line.substring(5).strip()));
        }
      }
      return events;
    }

    /** Whether a heartbeat comment comes in time. */
    boolean heartbeat() throws InterruptedException {
      long deadline = System.nanoTime() + ARRIVES_WITHIN.toNanos();
      String line;
      while ((line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null) {
        if (line.startsWith(":")) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void close() throws IOException {
      response.body().close();
      reader.interrupt();
    }
  }
}
