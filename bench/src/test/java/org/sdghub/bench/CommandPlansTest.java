package org.sdghub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandPlansTest {

  private static Options http(String... args) {
    return Options.parse(List.of(args), CommandPlans.HTTP, CommandPlans.REPEATABLE);
  }

  private static Options latency(String... args) {
    return Options.parse(List.of(args), CommandPlans.LATENCY, CommandPlans.REPEATABLE);
  }

  @Test
  void httpDefaultsToThreeTenSecondRunsOfThirtyTwoConnectionsAfterAWarmup() {
    HttpThroughput.Plan plan = CommandPlans.http(http());
    assertEquals(Optional.empty(), plan.target());
    assertEquals(new Wrk.Settings(Duration.ofSeconds(10), 32, 2, List.of()), plan.wrk());
    assertEquals(Duration.ofSeconds(5), plan.warmup());
    assertEquals(3, plan.runs());
  }

  @Test
  void outboxDrainsABacklogOfAHundredThousandEventsThreeTimesByDefault() {
    OutboxBench.Plan plan =
        CommandPlans.outbox(
            Options.parse(List.of("--seconds", "5"), CommandPlans.OUTBOX, CommandPlans.REPEATABLE),
            Path.of("/repo"));
    assertEquals(100_000, plan.backlog());
    assertEquals(3, plan.runs());
    assertEquals(new PgBench.Settings(4, 2, Duration.ofSeconds(5)), plan.pg());
    assertEquals(Path.of("/repo"), plan.repoRoot());
  }

  @Test
  void fundingMeasuresFiftyTransactionsASecondForLatencyAndEightWritersByDefault() {
    FundingBench.Plan plan =
        CommandPlans.funding(
            Options.parse(List.of("--runs", "5"), CommandPlans.FUNDING, CommandPlans.REPEATABLE),
            Path.of("/repo"));
    assertEquals(400, plan.projects());
    assertEquals(8, plan.clients());
    assertEquals(50, plan.rate());
    assertEquals(5, plan.runs());
    assertEquals(Duration.ofSeconds(20), plan.latencyDuration());
    assertThrows(
        UsageException.class,
        () ->
            Options.parse(List.of("--target", "x"), CommandPlans.FUNDING, CommandPlans.REPEATABLE));
  }

  @Test
  void whoWhatWhereWritesTwoHundredProjectsASecondAndGroupsAMillionRowsByDefault() {
    WhoWhatWhereBench.Plan plan =
        CommandPlans.whoWhatWhere(
            Options.parse(
                List.of("--rows", "5000"), CommandPlans.WHO_WHAT_WHERE, CommandPlans.REPEATABLE),
            Path.of("/repo"));
    assertEquals(200, plan.rate());
    assertEquals(5000, plan.rows());
    assertEquals(Duration.ofSeconds(30), plan.latencyDuration());
    assertEquals(3, plan.runs());
    assertEquals(
        1_000_000,
        CommandPlans.whoWhatWhere(
                Options.parse(List.of(), CommandPlans.WHO_WHAT_WHERE, CommandPlans.REPEATABLE),
                Path.of("/repo"))
            .rows());
    assertThrows(
        UsageException.class,
        () ->
            Options.parse(
                List.of("--clients", "4"), CommandPlans.WHO_WHAT_WHERE, CommandPlans.REPEATABLE));
  }

  @Test
  void startupStartsEachApplicationFiveTimesAndLoadsItWithTwoThousandReadsByDefault() {
    StartupBench.Plan plan =
        CommandPlans.startup(
            Options.parse(List.of(), CommandPlans.STARTUP, CommandPlans.REPEATABLE),
            Path.of("/repo"));
    assertEquals(new StartupBench.Plan(5, 2_000, Path.of("/repo")), plan);
    assertEquals(
        3,
        CommandPlans.startup(
                Options.parse(
                    List.of("--runs", "3"), CommandPlans.STARTUP, CommandPlans.REPEATABLE),
                Path.of("/repo"))
            .runs());
    assertThrows(
        UsageException.class,
        () ->
            Options.parse(
                List.of("--duration", "5s"), CommandPlans.STARTUP, CommandPlans.REPEATABLE));
  }

  @Test
  void httpRejectsMoreWrkThreadsThanConnections() {
    assertThrows(
        UsageException.class,
        () -> CommandPlans.http(http("--threads", "8", "--connections", "4")));
  }

  @Test
  void aTargetMustBeAnHttpUrl() {
    assertThrows(UsageException.class, () -> CommandPlans.http(http("--target", "localhost:8080")));
    assertEquals(
        Optional.of(URI.create("http://127.0.0.1:8081/api")),
        CommandPlans.http(http("--target", "http://127.0.0.1:8081/api")).target());
  }

  @Test
  void latencyNeedsATargetAndARate() {
    assertThrows(UsageException.class, () -> CommandPlans.latency(latency("--rate", "100")));
    assertThrows(
        UsageException.class, () -> CommandPlans.latency(latency("--target", "http://h/")));
    LatencyComparison.Plan plan =
        CommandPlans.latency(latency("--target", "http://h/", "--rate", "250"));
    assertEquals(250, plan.target().rate());
    assertTrue(plan.runs() >= 1);
  }

  @Test
  void runOrderAlternatesSoNeitherSideIsAlwaysMeasuredFirst() {
    List<String> sides = List.of("baseline", "target");
    assertEquals(List.of("baseline", "target"), RunOrder.forRun(1, sides));
    assertEquals(List.of("target", "baseline"), RunOrder.forRun(2, sides));
    assertEquals(List.of("baseline", "target"), RunOrder.forRun(3, sides));
  }
}
