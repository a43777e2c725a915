package org.sdghub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ToolOutputTest {

  private static final String PGBENCH =
      """
      transaction type: bench/target/bench/pgbench-insert.sql
      scaling factor: 1
      query mode: prepared
      number of clients: 4
      number of threads: 2
      maximum number of tries: 1
      duration: 10 s
      number of transactions actually processed: 51234
      number of failed transactions: 0 (0.000%)
      latency average = 0.780 ms
      initial connection time = 5.123 ms
      tps = 5123.456789 (without initial connection time)
      """;

  private static final String PRODUCER =
      """
      Warmup first 50000 records. Steady state results will print after the complete test summary.
      98213 records sent, 19642.6 records/sec (9.59 MB/sec), 1043.1 ms avg latency, 1466.0 ms max latency.
      300000 records sent, 100233.879051 records/sec (48.94 MB/sec), 488.54 ms avg latency, 893.00 ms max latency, 429 ms 50th, 810 ms 95th, 841 ms 99th, 884 ms 99.9th.
      250000 steady state records sent, 104210.087536 records/sec (50.88 MB/sec), 471.39 ms avg latency, 893.00 ms max latency, 417 ms 50th, 813 ms 95th, 846 ms 99th, 884 ms 99.9th.
      """;

  @Test
  void pgbenchSummaryGivesTpsWithoutConnectionTime() {
    PgBenchResult result = PgBenchResult.parse(PGBENCH);
    assertEquals(5123.456789, result.tps(), 1e-9);
    assertEquals(51234, result.transactions());
    assertEquals(0, result.failed());
    assertEquals(0.780, result.latencyAvgMs(), 1e-9);
  }

  @Test
  void pgbenchOutputWithoutTpsIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PgBenchResult.parse("pgbench: error: connection to server failed"));
  }

  @Test
  void producerFiguresComeFromTheSteadyStateSummaryWhenThereIsOne() {
    ProducerPerfResult result = ProducerPerfResult.parse(PRODUCER);
    assertEquals(250000, result.records());
    assertEquals(104210.087536, result.recordsPerSecond(), 1e-9);
    assertEquals(50.88, result.megabytesPerSecond(), 1e-9);
    assertEquals(846, result.p99Ms(), 1e-9);
  }

  @Test
  void producerFiguresComeFromTheOverallSummaryWithoutWarmup() {
    String withoutWarmup =
        String.join("\n", PRODUCER.lines().filter(l -> !l.contains("steady state")).toList());
    ProducerPerfResult result = ProducerPerfResult.parse(withoutWarmup);
    assertEquals(300000, result.records());
    assertEquals(48.94, result.megabytesPerSecond(), 1e-9);
  }

  @Test
  void producerProgressLinesAloneAreNotASummary() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ProducerPerfResult.parse(
                "98213 records sent, 19642.6 records/sec (9.59 MB/sec), 1043.1 ms avg latency,"
                    + " 1466.0 ms max latency."));
  }

  @Test
  void postgresAddressComesApartFromTheJdbcUrl() {
    assertEquals(
        new PostgresAddress("127.0.0.1", 40123, "sdghub_bench"),
        PostgresAddress.of("jdbc:postgresql://127.0.0.1:40123/sdghub_bench"));
    assertEquals(
        new PostgresAddress("db", 5432, "bench"),
        PostgresAddress.of("jdbc:postgresql://db/bench?sslmode=disable"));
  }
}
