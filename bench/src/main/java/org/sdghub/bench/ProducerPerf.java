package org.sdghub.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs Kafka's own producer benchmark ({@code org.apache.kafka.tools.ProducerPerformance}) in a
 * child JVM whose classpath the sdghub-kafka-perf module lists, so Kafka's tool libraries never mix
 * with the bench's.
 */
final class ProducerPerf {

  private static final String CLASSPATH_LIST = "org/sdghub/kafkaperf/classpath.txt";
  private static final String LOG_CONFIG = "org/sdghub/kafkaperf/log4j2.properties";
  private static final String MAIN_CLASS = "org.apache.kafka.tools.ProducerPerformance";

  private final ExternalCommand commands;
  private final Path workDir;

  ProducerPerf(ExternalCommand commands, Path workDir) {
    this.commands = commands;
    this.workDir = workDir;
  }

  /**
   * What to produce. Every run uses {@code acks=all} and an idempotent producer, as the services'
   * outbox relay does, so the figure is for durable, ordered, duplicate-free sends.
   *
   * @param topic the topic, created beforehand
   * @param records records per run
   * @param recordSize bytes of each record's value
   * @param warmupRecords the first records of a run, left out of its steady-state figures
   */
  record Settings(String topic, long records, int recordSize, long warmupRecords) {}

  /** One run against {@code bootstrapServers}; {@code name} names its log files. */
  ProducerPerfResult run(String name, String bootstrapServers, Settings settings)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xms128m", "-Xmx512m", "-XX:+UseParallelGC"));
    command.add("-Djava.io.tmpdir=" + workDir);
    command.add("-Dlog4j2.configurationFile=" + LOG_CONFIG);
    command.addAll(List.of("-cp", ChildClasspath.of(CLASSPATH_LIST), MAIN_CLASS));
    command.addAll(List.of("--bootstrap-server", bootstrapServers, "--topic", settings.topic()));
    command.addAll(List.of("--num-records", Long.toString(settings.records())));
    command.addAll(List.of("--record-size", Integer.toString(settings.recordSize())));
    command.addAll(List.of("--throughput", "-1"));
    if (settings.warmupRecords() > 0) {
      command.addAll(List.of("--warmup-records", Long.toString(settings.warmupRecords())));
    }
    command.addAll(List.of("--command-property", "acks=all", "enable.idempotence=true"));
    ExternalCommand.Outcome outcome = commands.run(name, command, Map.of(), Duration.ofMinutes(10));
    if (!outcome.succeeded()) {
      throw new IOException(
          "ProducerPerformance failed (exit " + outcome.exitCode() + "): " + outcome.stderr());
    }
    return ProducerPerfResult.parse(outcome.stdout());
  }

  /** The tool's settings as a line for the report. */
  static String describe(Settings settings) {
    return String.format(
        "ProducerPerformance %d records of %d B, warm-up %d, acks=all, idempotent, unthrottled",
        settings.records(), settings.recordSize(), settings.warmupRecords());
  }
}
