package org.sdghub.bench;

import java.util.List;
import java.util.stream.Collectors;

/** The closing table of the {@code baselines} command: the three baselines side by side. */
final class BaselineSummary {

  private BaselineSummary() {}

  static String render(HttpThroughput.Series vertx, InfraBaselines.Result infra) {
    Table table = new Table("baseline", "median", "unit", "runs");
    table.row(
        "raw Vert.x GET " + BaselineServer.PATH + " (wrk)",
        Fmt.whole(vertx.median()),
        "req/s",
        runs(vertx.requestsPerSecond()));
    table.row(
        "PostgreSQL single-row insert (pgbench)",
        Fmt.whole(infra.tpsMedian()),
        "tps",
        runs(infra.postgres().stream().map(PgBenchResult::tps).toList()));
    table.row(
        "Kafka producer acks=all idempotent",
        Fmt.whole(infra.recordsPerSecondMedian()),
        "records/s",
        runs(infra.kafka().stream().map(ProducerPerfResult::recordsPerSecond).toList()));
    table.row(
        "",
        Fmt.oneDecimal(infra.megabytesPerSecondMedian()),
        "MB/s",
        infra.kafka().stream()
            .map(r -> Fmt.oneDecimal(r.megabytesPerSecond()))
            .collect(Collectors.joining(" ")));
    return System.lineSeparator()
        + "Baselines measured in this run ("
        + Runtime.getRuntime().availableProcessors()
        + " cores)"
        + System.lineSeparator()
        + table.render();
  }

  private static String runs(List<Double> values) {
    return values.stream().map(Fmt::whole).collect(Collectors.joining(" "));
  }
}
