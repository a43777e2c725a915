package org.sdghub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupReportTest {

  private static final StartupBench.Side TRIVIAL =
      new StartupBench.Side("trivial-quarkus", "bench/trivial-quarkus", Optional.empty(), "/hello");
  private static final StartupBench.Side SLOW =
      new StartupBench.Side("slow-service", "slow", Optional.of("slow"), "/api/v1/things");
  private static final StartupBench.Side FAST =
      new StartupBench.Side("fast-service", "fast", Optional.of("fast"), "/api/v1/things");

  private static StartupSample sample(long readyMs, long readMs, long rssMb) {
    ProcStatus memory = new ProcStatus(rssMb * 1024, rssMb * 1024);
    return new StartupSample(
        Duration.ofMillis(readyMs), Duration.ofMillis(readMs), memory, memory, 1000);
  }

  private static String row(String text, String application) {
    return text.lines().filter(line -> line.startsWith(application)).findFirst().orElseThrow();
  }

  @Test
  void startIsJudgedOnTheMedianFirstReadOverTheTrivialApplicationsAndRssAfterTheLoad() {
    List<Map<StartupBench.Side, StartupSample>> runs =
        List.of(
            Map.of(
                TRIVIAL, sample(900, 1000, 60),
                SLOW, sample(1500, 2500, 250),
                FAST, sample(1200, 1800, 150)),
            // One disturbed run does not move the medians.
            Map.of(
                TRIVIAL, sample(5000, 9000, 60),
                SLOW, sample(1500, 2500, 250),
                FAST, sample(1200, 1800, 150)),
            Map.of(
                TRIVIAL, sample(1100, 1000, 60),
                SLOW, sample(1500, 2500, 250),
                FAST, sample(1200, 1800, 150)));

    String text = StartupReport.summaryText(List.of(TRIVIAL, SLOW, FAST), runs);

    List<String> slow = List.of(row(text, "slow-service").trim().split("\\s+"));
    List<String> fast = List.of(row(text, "fast-service").trim().split("\\s+"));
    // ready ms, first read ms, ready/trivial, read/trivial, RSS ready, RSS load, peak, verdicts
    assertEquals(
        List.of("slow-service", "1500", "2500", "1.36", "2.50", "250.0", "250.0", "250.0"),
        slow.subList(0, 8));
    assertEquals(List.of("MISSED", "MISSED"), slow.subList(8, 10));
    assertEquals(List.of("1.80", "met", "met"), List.of(fast.get(4), fast.get(8), fast.get(9)));
    assertTrue(row(text, "trivial-quarkus").contains("baseline"), text);
  }
}
