package org.sdghub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenLoopGeneratorTest {

  private static BaselineServer baseline;
  private static OpenLoopGenerator generator;

  @BeforeAll
  static void start() throws IOException {
    baseline = BaselineServer.start(0);
    generator = new OpenLoopGenerator();
  }

  @AfterAll
  static void stop() throws Exception {
    generator.close();
    baseline.close();
  }

  private static LoadPlan plan(URI target, double rate, Duration duration, int connections) {
    return new LoadPlan(target, rate, duration, connections, List.of(), Duration.ofSeconds(5));
  }

  @Test
  void sendsTheRequestsTheRateAndDurationCallForAndRecordsEveryAnswer() throws Exception {
    LatencyResult result = generator.run(plan(baseline.url(), 50, Duration.ofSeconds(1), 4));

    assertTrue(Math.abs(result.sent() - 50) <= 1, "sent " + result.sent() + ", expected 50 ± 1");
    assertEquals(result.sent(), result.responses());
    assertEquals(result.sent(), result.latencyMicros().getTotalCount());
    assertEquals(0, result.errors());
  }

  @Test
  void intendedStartTimesAreEvenlySpacedOverTheDuration() {
    LoadPlan plan = plan(baseline.url(), 4, Duration.ofSeconds(1), 1);
    assertEquals(4, plan.requestCount());
    assertEquals(0, plan.intendedOffsetNanos(0));
    assertEquals(TimeUnit.MILLISECONDS.toNanos(750), plan.intendedOffsetNanos(3));
  }

  // A server that takes 100 ms per answer over one connection serves 10 requests in 1 s, while
  // the plan starts them 50 ms apart over 0.5 s: the last one is due at 450 ms and answered no
  // earlier than 1000 ms. Timed from when it was actually sent, each request would show about
  // 100 ms; timed from its intended start, the queue the stall built shows. The bound can only be
  // exceeded, never missed, on a slow machine.
  @Test
  void latencyCountsFromTheIntendedStartSoAStallIsNotHidden() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      HttpServer slow =
          vertx
              .createHttpServer()
              .requestHandler(req -> vertx.setTimer(100, t -> req.response().end("late")))
              .listen(0, "127.0.0.1")
              .toCompletionStage()
              .toCompletableFuture()
              .get(10, TimeUnit.SECONDS);
      URI target = URI.create("http://127.0.0.1:" + slow.actualPort() + "/");

      LatencyResult result = generator.run(plan(target, 20, Duration.ofMillis(500), 1));

      assertEquals(10, result.sent());
      assertEquals(10, result.latencyMicros().getTotalCount());
      assertTrue(
          result.maxMs() >= 500,
          "the last request waited behind the stall, yet its latency was " + result.maxMs());
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void requestsThatGetNoAnswerCountAsErrorsAndHaveNoLatency() throws Exception {
    URI nobody = URI.create("http://127.0.0.1:" + unusedPort() + "/");

    LatencyResult result = generator.run(plan(nobody, 10, Duration.ofMillis(300), 2));

    assertEquals(3, result.sent());
    assertEquals(3, result.errors());
    assertEquals(0, result.responses());
    assertEquals(0, result.latencyMicros().getTotalCount());
  }

  private static int unusedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
