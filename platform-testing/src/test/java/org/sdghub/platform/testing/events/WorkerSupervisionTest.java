package org.sdghub.platform.testing.events;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.internal.events.SupervisedWorker;
import org.sdghub.platform.internal.events.Worker;
import org.sdghub.platform.internal.events.WorkerStatus;
import org.sdghub.platform.internal.events.Workers;
import org.sdghub.platform.testing.Eventually;
import org.sdghub.platform.testing.Management;

/**
 * A background worker whose round throws an {@link Error} does not die silently: a new one takes
 * over, and the service's health says so; one that keeps failing takes liveness down.
 */
@QuarkusTest
class WorkerSupervisionTest {

  private static final Duration WITHIN = Duration.ofSeconds(30);

  @Inject Workers workers;

  private final String name = "test-worker-" + UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void forgetTheWorker() {
    workers.forget(name);
  }

  @Test
  void aWorkerWhoseRoundThrowsAnErrorIsReplacedAndReportedInHealth() {
    AtomicInteger instances = new AtomicInteger();
    AtomicInteger roundsOfTheSecond = new AtomicInteger();
    SupervisedWorker supervised =
        workers.supervise(
            name,
            () -> {
              int instance = instances.incrementAndGet();
              return new TestWorker(
                  name,
                  () -> {
                    if (instance == 1) {
                      throw new StackOverflowError("simulated failure of the first worker");
                    }
                    roundsOfTheSecond.incrementAndGet();
                  });
            });

    Eventually.await(WITHIN, "no new worker took over", () -> roundsOfTheSecond.get() > 0);

    WorkerStatus status = supervised.status();
    assertEquals(WorkerStatus.State.RUNNING, status.state());
    assertEquals(1, status.restarts());
    assertTrue(status.lastFailure().orElseThrow().contains("simulated failure"), status.toString());
    Management.given()
        .when()
        .get("/q/health/live")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'sdghub-workers' }.status", is("UP"))
        .body("checks.find { it.name == 'sdghub-workers' }.data.'" + name + ".restarts'", is("1"))
        .body(
            "checks.find { it.name == 'sdghub-workers' }.data.'" + name + ".lastFailure'",
            containsString("simulated failure"));
    Management.given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body(
            "checks.find { it.name == 'sdghub-events' }.data.'" + name + ".state'", is("running"));
  }

  @Test
  void aWorkerThatKeepsFailingIsGivenUpOnAndTakesLivenessDown() {
    SupervisedWorker supervised =
        workers.supervise(
            name,
            () ->
                new TestWorker(
                    name,
                    () -> {
                      throw new AssertionError("simulated failure of every worker");
                    }));

    Eventually.await(
        WITHIN,
        "the supervisor never gave up",
        () -> supervised.status().state() == WorkerStatus.State.FAILED);

    Management.given()
        .when()
        .get("/q/health/live")
        .then()
        .statusCode(503)
        .body("checks.find { it.name == 'sdghub-workers' }.status", is("DOWN"))
        .body(
            "checks.find { it.name == 'sdghub-workers' }.data.'" + name + ".state'", is("failed"));
    workers.forget(name);
    Management.given().when().get("/q/health/live").then().statusCode(200);
  }

  /** Runs the given round with a short pause between rounds. */
  private static final class TestWorker extends Worker {

    private final Runnable round;

    TestWorker(String name, Runnable round) {
      super(name);
      this.round = round;
    }

    @Override
    protected void runOnce() throws InterruptedException {
      round.run();
      pause(Duration.ofMillis(20));
    }
  }
}
